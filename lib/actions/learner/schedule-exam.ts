"use server";
// Sets (or clears) the date the learner sits their certification exam.
import { revalidatePath } from "next/cache";
import { userAction, type ActionState } from "@/lib/actions/action";
import { scheduleExamSchema } from "@/lib/actions/learner/schemas";
import { scheduleExam } from "@/lib/data/learner/credential";

const handler = userAction(scheduleExamSchema, async (input, user) => {
  await scheduleExam(user, input.credentialCode, input.examDate);
  for (const path of ["/learner/credential", "/learner"]) revalidatePath(path);
  return { savedAt: Date.now() };
});

export async function scheduleExamAction(prev: ActionState<{ savedAt: number }>, formData: FormData) {
  return handler(prev, formData);
}
