"use server";
// Gives a milestone the learner's own due date (blank restores the plan's date).
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { redateMilestoneSchema } from "@/lib/actions/learner/schemas";
import { redateMilestone } from "@/lib/data/learner/plan";

export const redateMilestoneAction = userAction(
  { name: "redateMilestoneAction", schema: redateMilestoneSchema, permission: "update:plan:own" },
  async (input, user) => {
    await redateMilestone(user, input.id, input.customDueDate);
    for (const path of ["/learner/plan", "/learner"]) revalidatePath(path);
    return { savedAt: Date.now() };
  },
);
