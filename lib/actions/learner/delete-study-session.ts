"use server";
// Deletes a mistaken study session.
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { idSchema } from "@/lib/actions/learner/schemas";
import { deleteStudySession } from "@/lib/data/learner/practice";

export const deleteStudySessionAction = userAction(
  { name: "deleteStudySessionAction", schema: idSchema, permission: "update:practice-log:own" },
  async (input, user) => {
    await deleteStudySession(user, input.id);
    for (const path of ["/learner/practice", "/learner"]) revalidatePath(path);
    return { deletedAt: Date.now() };
  },
);
