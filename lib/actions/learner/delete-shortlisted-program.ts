"use server";
// Removes a program from the learner's shortlist (the form asks for confirmation first).
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { idSchema } from "@/lib/actions/learner/schemas";
import { deleteShortlistedProgram } from "@/lib/data/learner/shortlist";

export const deleteShortlistedProgramAction = userAction(
  { name: "deleteShortlistedProgramAction", schema: idSchema, permission: "update:shortlist:own" },
  async (input, user) => {
    await deleteShortlistedProgram(user, input.id);
    for (const path of ["/learner/programs"]) revalidatePath(path);
    return { deletedAt: Date.now() };
  },
);
