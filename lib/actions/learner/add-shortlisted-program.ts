"use server";
// Adds a program to the learner's shortlist.
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { shortlistSchema } from "@/lib/actions/learner/schemas";
import { addShortlistedProgram } from "@/lib/data/learner/shortlist";

export const addShortlistedProgramAction = userAction(
  { name: "addShortlistedProgramAction", schema: shortlistSchema, permission: "update:shortlist:own" },
  async (input, user) => {
    const { confirmPhi, ...fields } = input;
    const row = await addShortlistedProgram(user, fields, confirmPhi);
    for (const path of ["/learner/programs"]) revalidatePath(path);
    return { id: row.id };
  },
);
