"use server";
// Saves the learner's path, credential and training route.
import { revalidatePath } from "next/cache";
import { userAction, type ActionState } from "@/lib/actions/action";
import { choosePathSchema } from "@/lib/actions/learner/schemas";
import { choosePath } from "@/lib/data/learner/profile";

const handler = userAction(choosePathSchema, async (input, user) => {
  await choosePath(user, input);
  for (const path of ["/learner/path", "/learner", "/learner/plan"]) revalidatePath(path);
  return { savedAt: Date.now() };
});

export async function choosePathAction(prev: ActionState<{ savedAt: number }>, formData: FormData) {
  return handler(prev, formData);
}
