"use server";
// Deletes a mistaken practice-exam entry.
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { idSchema } from "@/lib/actions/learner/schemas";
import { deletePracticeExam } from "@/lib/data/learner/practice";

export const deletePracticeExamAction = userAction(
  { name: "deletePracticeExamAction", schema: idSchema, permission: "update:practice-log:own" },
  async (input, user) => {
    await deletePracticeExam(user, input.id);
    for (const path of ["/learner/practice", "/learner"]) revalidatePath(path);
    return { deletedAt: Date.now() };
  },
);
