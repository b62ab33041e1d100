"use server";
// Sets (or clears) the date the learner sits their certification exam.
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { scheduleExamSchema } from "@/lib/actions/learner/schemas";
import { scheduleExam } from "@/lib/data/learner/credential";

export const scheduleExamAction = userAction(
  { name: "scheduleExamAction", schema: scheduleExamSchema, permission: "update:credential:own" },
  async (input, user) => {
    await scheduleExam(user, input.credentialCode, input.examDate);
    for (const path of ["/learner/credential", "/learner"]) revalidatePath(path);
    return { savedAt: Date.now() };
  },
);
