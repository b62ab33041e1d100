"use server";
// Saves one onboarding step and moves the wizard on; the last step leads to the dashboard.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { userAction } from "@/lib/actions/action";
import { onboardingSchema } from "@/lib/actions/learner/schemas";
import { saveOnboardingStep, type OnboardingAnswer } from "@/lib/data/learner/profile";

export const saveOnboardingStepAction = userAction(
  { name: "saveOnboardingStepAction", schema: onboardingSchema, permission: "update:learner-profile:own" },
  async (input, user) => {
    const answer = { ...input, step: Number(input.step) } as OnboardingAnswer;
    const { nextStep } = await saveOnboardingStep(user, answer);
    revalidatePath("/learner");
    redirect(nextStep === null ? "/learner/path?welcome=1" : `/learner/onboarding?step=${nextStep}`);
  },
);
