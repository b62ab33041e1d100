"use server";
// Marks a growth goal done/skipped/open or sets its target date.
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { growthGoalSchema } from "@/lib/actions/learner/schemas";
import { updateGrowthGoal } from "@/lib/data/learner/growth";

export const updateGrowthGoalAction = userAction(
  { name: "updateGrowthGoalAction", schema: growthGoalSchema, permission: "update:growth-goals:own" },
  async (input, user) => {
    await updateGrowthGoal(user, input.goalKey, { status: input.status, targetDate: input.targetDate });
    for (const path of ["/learner/growth"]) revalidatePath(path);
    return { savedAt: Date.now() };
  },
);
