"use server";
// Deletes a mistaken practice-exam entry.
import { revalidatePath } from "next/cache";
import { userAction, type ActionState } from "@/lib/actions/action";
import { idSchema } from "@/lib/actions/learner/schemas";
import { deletePracticeExam } from "@/lib/data/learner/practice";

const handler = userAction(idSchema, async (input, user) => {
  await deletePracticeExam(user, input.id);
  for (const path of ["/learner/practice", "/learner"]) revalidatePath(path);
  return { deletedAt: Date.now() };
});

export async function deletePracticeExamAction(prev: ActionState<{ deletedAt: number }>, formData: FormData) {
  return handler(prev, formData);
}
