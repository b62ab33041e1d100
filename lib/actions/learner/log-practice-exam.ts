"use server";
// Logs a practice exam.
import { revalidatePath } from "next/cache";
import { userAction, type ActionState } from "@/lib/actions/action";
import { practiceExamSchema } from "@/lib/actions/learner/schemas";
import { logPracticeExam } from "@/lib/data/learner/practice";

const handler = userAction(practiceExamSchema, async (input, user) => {
  const row = await logPracticeExam(user, input);
  for (const path of ["/learner/practice", "/learner"]) revalidatePath(path);
  return { id: row.id };
});

export async function logPracticeExamAction(prev: ActionState<{ id: string }>, formData: FormData) {
  return handler(prev, formData);
}
