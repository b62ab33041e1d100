"use server";
// Logs continuing-education units (CEUs).
import { revalidatePath } from "next/cache";
import { userAction, type ActionState } from "@/lib/actions/action";
import { ceuSchema } from "@/lib/actions/learner/schemas";
import { logCeu } from "@/lib/data/learner/credential";

const handler = userAction(ceuSchema, async (input, user) => {
  const row = await logCeu(user, input);
  for (const path of ["/learner/credential", "/learner"]) revalidatePath(path);
  return { id: row.id };
});

export async function logCeuAction(prev: ActionState<{ id: string }>, formData: FormData) {
  return handler(prev, formData);
}
