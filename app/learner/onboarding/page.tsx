// Onboarding wizard: six short steps, each saved as it is answered, resumable from the last one.
import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/require-permission";
import { getLearnerProfile, ONBOARDING_STEPS } from "@/lib/data/learner/profile";
import { todayIso } from "@/lib/data/dates";
import { saveOnboardingStepAction } from "@/lib/actions/learner/save-onboarding-step";
import { ActionForm } from "@/lib/ui/forms/action-form";
import { onboardingSteps } from "@/lib/ui/learner/onboarding-steps";
import { PageHeader } from "@/lib/ui/page-header";
import { Card } from "@/lib/ui/card";

export const metadata: Metadata = { title: "Get started" };

export default async function OnboardingPage({ searchParams }: { searchParams: Promise<{ step?: string }> }) {
  const user = await requirePermission("read:learner-area:own");
  const profile = await getLearnerProfile(user);
  const furthest = profile.onboarded ? ONBOARDING_STEPS : Math.min(ONBOARDING_STEPS, profile.onboardingStep + 1);
  const asked = Number((await searchParams).step);
  const step = Number.isInteger(asked) && asked >= 1 && asked <= furthest ? asked : furthest;
  const spec = onboardingSteps(profile, todayIso())[step - 1]!;
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title="Get started" subtitle={`Step ${step} of ${ONBOARDING_STEPS} · each answer is saved as you go`} />
      <progress
        className="mb-4 h-2 w-full"
        max={ONBOARDING_STEPS}
        value={step - 1}
        aria-label={`Onboarding progress: step ${step} of ${ONBOARDING_STEPS}`}
      />
      <Card title={spec.title}>
        <p className="mb-4 text-slate-700">{spec.intro}</p>
        <ActionForm
          key={step}
          action={saveOnboardingStepAction}
          idPrefix=""
          submitLabel={step === ONBOARDING_STEPS ? "Finish" : "Save and continue"}
          fields={[{ kind: "hidden", name: "step", value: String(step) }, spec.field]}
        />
        {step > 1 && (
          <p className="mt-4 text-sm">
            <Link className="underline" href={`/learner/onboarding?step=${step - 1}`}>
              ← Back to step {step - 1}
            </Link>
          </p>
        )}
      </Card>
    </div>
  );
}
