"use server";
// Removes a program from the learner's shortlist (the form asks for confirmation first).
import { revalidatePath } from "next/cache";
import { userAction, type ActionState } from "@/lib/actions/action";
import { idSchema } from "@/lib/actions/learner/schemas";
import { deleteShortlistedProgram } from "@/lib/data/learner/shortlist";

const handler = userAction(idSchema, async (input, user) => {
  await deleteShortlistedProgram(user, input.id);
  for (const path of ["/learner/programs"]) revalidatePath(path);
  return { deletedAt: Date.now() };
});

export async function deleteShortlistedProgramAction(prev: ActionState<{ deletedAt: number }>, formData: FormData) {
  return handler(prev, formData);
}
