"use server";
// Edits a program on the learner's shortlist.
import { revalidatePath } from "next/cache";
import { userAction, type ActionState } from "@/lib/actions/action";
import { updateShortlistSchema } from "@/lib/actions/learner/schemas";
import { updateShortlistedProgram } from "@/lib/data/learner/shortlist";

const handler = userAction(updateShortlistSchema, async (input, user) => {
  const { id, version, confirmPhi, ...fields } = input;
  await updateShortlistedProgram(user, id, fields, version, confirmPhi);
  for (const path of ["/learner/programs"]) revalidatePath(path);
  return { savedAt: Date.now() };
});

export async function updateShortlistedProgramAction(prev: ActionState<{ savedAt: number }>, formData: FormData) {
  return handler(prev, formData);
}
