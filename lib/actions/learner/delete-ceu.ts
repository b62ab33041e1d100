"use server";
// Deletes a mistaken CEU entry.
import { revalidatePath } from "next/cache";
import { userAction, type ActionState } from "@/lib/actions/action";
import { idSchema } from "@/lib/actions/learner/schemas";
import { deleteCeu } from "@/lib/data/learner/credential";

const handler = userAction(idSchema, async (input, user) => {
  await deleteCeu(user, input.id);
  for (const path of ["/learner/credential", "/learner"]) revalidatePath(path);
  return { deletedAt: Date.now() };
});

export async function deleteCeuAction(prev: ActionState<{ deletedAt: number }>, formData: FormData) {
  return handler(prev, formData);
}
