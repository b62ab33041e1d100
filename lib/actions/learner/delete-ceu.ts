"use server";
// Deletes a mistaken CEU entry.
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { idSchema } from "@/lib/actions/learner/schemas";
import { deleteCeu } from "@/lib/data/learner/credential";

export const deleteCeuAction = userAction(
  { name: "deleteCeuAction", schema: idSchema, permission: "update:credential:own" },
  async (input, user) => {
    await deleteCeu(user, input.id);
    for (const path of ["/learner/credential", "/learner"]) revalidatePath(path);
    return { deletedAt: Date.now() };
  },
);
