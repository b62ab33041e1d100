"use server";
// Records a certification exam attempt, pass or fail.
import { revalidatePath } from "next/cache";
import { userAction, type ActionState } from "@/lib/actions/action";
import { examAttemptSchema } from "@/lib/actions/learner/schemas";
import { recordExamAttempt } from "@/lib/data/learner/credential";

const handler = userAction(examAttemptSchema, async (input, user) => {
  await recordExamAttempt(user, input);
  for (const path of ["/learner/credential", "/learner"]) revalidatePath(path);
  return { savedAt: Date.now() };
});

export async function recordExamAttemptAction(prev: ActionState<{ savedAt: number }>, formData: FormData) {
  return handler(prev, formData);
}
