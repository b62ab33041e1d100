"use server";
// Edits a program on the learner's shortlist.
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { updateShortlistSchema } from "@/lib/actions/learner/schemas";
import { updateShortlistedProgram } from "@/lib/data/learner/shortlist";

export const updateShortlistedProgramAction = userAction(
  { name: "updateShortlistedProgramAction", schema: updateShortlistSchema, permission: "update:shortlist:own" },
  async (input, user) => {
    const { id, version, confirmPhi, ...fields } = input;
    await updateShortlistedProgram(user, id, fields, version, confirmPhi);
    for (const path of ["/learner/programs"]) revalidatePath(path);
    return { savedAt: Date.now() };
  },
);
