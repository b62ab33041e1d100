"use server";
// Saves one onboarding step and moves the wizard on; the last step leads to the dashboard.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { userAction, type ActionState } from "@/lib/actions/action";
import { onboardingSchema } from "@/lib/actions/learner/schemas";
import { saveOnboardingStep, type OnboardingAnswer } from "@/lib/data/learner/profile";

const handler = userAction(onboardingSchema, async (input, user) => {
  const answer = { ...input, step: Number(input.step) } as OnboardingAnswer;
  const { nextStep } = await saveOnboardingStep(user, answer);
  revalidatePath("/learner");
  redirect(nextStep === null ? "/learner/path?welcome=1" : `/learner/onboarding?step=${nextStep}`);
});

export async function saveOnboardingStepAction(prev: ActionState<never>, formData: FormData) {
  return handler(prev, formData);
}
