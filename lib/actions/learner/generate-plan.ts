"use server";
// Generates or regenerates the dated plan; completed work is kept (see lib/data/learner/plan.ts).
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { generatePlanSchema } from "@/lib/actions/learner/schemas";
import { generateMyPlan } from "@/lib/data/learner/plan";

export const generatePlanAction = userAction(
  { name: "generatePlanAction", schema: generatePlanSchema, permission: "update:plan:own" },
  async (input, user) => {
    await generateMyPlan(user, input);
    for (const path of ["/learner/plan", "/learner"]) revalidatePath(path);
    return { generatedAt: Date.now() };
  },
);
