"use server";
// Marks a plan milestone done, skipped or open again.
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { milestoneStatusSchema } from "@/lib/actions/learner/schemas";
import { setMilestoneStatus } from "@/lib/data/learner/plan";

export const setMilestoneStatusAction = userAction(
  { name: "setMilestoneStatusAction", schema: milestoneStatusSchema, permission: "update:plan:own" },
  async (input, user) => {
    await setMilestoneStatus(user, input.id, input.status);
    for (const path of ["/learner/plan", "/learner"]) revalidatePath(path);
    return { savedAt: Date.now() };
  },
);
