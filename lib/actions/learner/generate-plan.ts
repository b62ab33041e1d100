"use server";
// Generates or regenerates the dated plan; completed work is kept (see lib/data/learner/plan.ts).
import { revalidatePath } from "next/cache";
import { userAction, type ActionState } from "@/lib/actions/action";
import { generatePlanSchema } from "@/lib/actions/learner/schemas";
import { generateMyPlan } from "@/lib/data/learner/plan";

const handler = userAction(generatePlanSchema, async (input, user) => {
  await generateMyPlan(user, input);
  for (const path of ["/learner/plan", "/learner"]) revalidatePath(path);
  return { generatedAt: Date.now() };
});

export async function generatePlanAction(prev: ActionState<{ generatedAt: number }>, formData: FormData) {
  return handler(prev, formData);
}
