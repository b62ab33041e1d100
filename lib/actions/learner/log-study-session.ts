"use server";
// Logs a study session.
import { revalidatePath } from "next/cache";
import { userAction, type ActionState } from "@/lib/actions/action";
import { studySessionSchema } from "@/lib/actions/learner/schemas";
import { logStudySession } from "@/lib/data/learner/practice";

const handler = userAction(studySessionSchema, async (input, user) => {
  const row = await logStudySession(user, input);
  for (const path of ["/learner/practice", "/learner"]) revalidatePath(path);
  return { id: row.id };
});

export async function logStudySessionAction(prev: ActionState<{ id: string }>, formData: FormData) {
  return handler(prev, formData);
}
