"use server";
// Updates progress toward removing apprentice (CPC-A) status.
import { revalidatePath } from "next/cache";
import { userAction, type ActionState } from "@/lib/actions/action";
import { apprenticeSchema } from "@/lib/actions/learner/schemas";
import { updateApprenticeProgress } from "@/lib/data/learner/credential";

const handler = userAction(apprenticeSchema, async (input, user) => {
  await updateApprenticeProgress(user, input);
  for (const path of ["/learner/credential", "/learner"]) revalidatePath(path);
  return { savedAt: Date.now() };
});

export async function updateApprenticeAction(prev: ActionState<{ savedAt: number }>, formData: FormData) {
  return handler(prev, formData);
}
