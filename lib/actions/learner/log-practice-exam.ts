"use server";
// Logs a practice exam.
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { practiceExamSchema } from "@/lib/actions/learner/schemas";
import { logPracticeExam } from "@/lib/data/learner/practice";

export const logPracticeExamAction = userAction(
  { name: "logPracticeExamAction", schema: practiceExamSchema, permission: "update:practice-log:own" },
  async (input, user) => {
    const row = await logPracticeExam(user, input);
    for (const path of ["/learner/practice", "/learner"]) revalidatePath(path);
    return { id: row.id };
  },
);
