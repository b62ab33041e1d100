"use server";
// Records a certification exam attempt, pass or fail.
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { examAttemptSchema } from "@/lib/actions/learner/schemas";
import { recordExamAttempt } from "@/lib/data/learner/credential";

export const recordExamAttemptAction = userAction(
  { name: "recordExamAttemptAction", schema: examAttemptSchema, permission: "update:credential:own" },
  async (input, user) => {
    await recordExamAttempt(user, input);
    for (const path of ["/learner/credential", "/learner"]) revalidatePath(path);
    return { savedAt: Date.now() };
  },
);
