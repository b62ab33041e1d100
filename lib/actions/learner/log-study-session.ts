"use server";
// Logs a study session.
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { studySessionSchema } from "@/lib/actions/learner/schemas";
import { logStudySession } from "@/lib/data/learner/practice";

export const logStudySessionAction = userAction(
  { name: "logStudySessionAction", schema: studySessionSchema, permission: "update:practice-log:own" },
  async (input, user) => {
    const row = await logStudySession(user, input);
    for (const path of ["/learner/practice", "/learner"]) revalidatePath(path);
    return { id: row.id };
  },
);
