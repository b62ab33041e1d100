// The learner's profile: onboarding answers (one step at a time, resumable) and the chosen
// path, credential and training route.
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { touchActivity } from "@/lib/data/activity";
import { UserInputError } from "@/lib/data/errors";
import { credentialsForPath } from "@/lib/content/credentials";
import { assertCan } from "@/lib/data/access";
import { toDbDate, toIso } from "@/lib/data/dates";
import { writeFollowingPlan } from "./plan-reconcile";
import type { CareerPath, IsoDate, Persona } from "@/lib/domain/types";
import type { TrainingRouteCode } from "@/lib/content/training-routes";

export const ONBOARDING_STEPS = 6;

export type OnboardingAnswer =
  | { step: 1; persona: Persona }
  | { step: 2; usState: string }
  | { step: 3; weeklyHours: number }
  | { step: 4; budgetUsd: number }
  | { step: 5; startDate: IsoDate }
  | { step: 6; workMode: "REMOTE" | "HYBRID" | "ON_SITE" };

export interface LearnerProfileView {
  persona: string | null;
  usState: string | null;
  weeklyHours: number | null;
  budgetUsd: number | null;
  startDate: IsoDate | null;
  workMode: string | null;
  path: CareerPath | null;
  credentialCode: string | null;
  routeCode: string | null;
  onboardingStep: number;
  onboarded: boolean;
}

export async function getLearnerProfile(actor: CurrentUser | null): Promise<LearnerProfileView> {
  assertCan(actor, "read:learner-journey:own");
  const p = await db.learnerProfile.findUnique({
    where: { userId: actor.id },
    select: {
      persona: true,
      usState: true,
      weeklyHours: true,
      budgetUsd: true,
      startDate: true,
      workMode: true,
      path: true,
      credentialCode: true,
      routeCode: true,
      onboardingStep: true,
      onboardedAt: true,
    },
  });
  if (!p)
    return {
      persona: null,
      usState: null,
      weeklyHours: null,
      budgetUsd: null,
      startDate: null,
      workMode: null,
      path: null,
      credentialCode: null,
      routeCode: null,
      onboardingStep: 0,
      onboarded: false,
    };
  return { ...p, startDate: toIso(p.startDate), path: (p.path as CareerPath | null) ?? null, onboarded: p.onboardedAt !== null };
}

/** Saves one step; progress only moves forward, so editing an earlier step never loses later answers. */
export async function saveOnboardingStep(actor: CurrentUser | null, answer: OnboardingAnswer): Promise<{ nextStep: number | null }> {
  assertCan(actor, "update:learner-profile:own");
  const { step, ...fields } = answer;
  const data = "startDate" in fields ? { startDate: toDbDate(fields.startDate) } : fields;
  const current = await db.learnerProfile.findUniqueOrThrow({
    where: { userId: actor.id },
    select: { onboardingStep: true, onboardedAt: true },
  });
  const reached = Math.max(current.onboardingStep, step);
  const finished = reached >= ONBOARDING_STEPS;
  await db.learnerProfile.update({
    where: { userId: actor.id },
    data: { ...data, onboardingStep: reached, ...(finished && !current.onboardedAt ? { onboardedAt: new Date() } : {}) },
  });
  await touchActivity(actor.id);
  return { nextStep: step >= ONBOARDING_STEPS ? null : step + 1 };
}

export async function choosePath(
  actor: CurrentUser | null,
  input: { path: CareerPath; credentialCode: string; routeCode: TrainingRouteCode },
) {
  assertCan(actor, "update:learner-profile:own");
  const allowed = credentialsForPath(input.path)
    .filter((c) => !c.isApprenticeStatus)
    .map((c) => c.code as string);
  if (!allowed.includes(input.credentialCode)) {
    throw new UserInputError("That credential does not fit the path.", {
      credentialCode: [
        `${input.credentialCode} is not a ${input.path === "CODING" ? "coding" : "billing"} credential; choose one of ${allowed.join(", ")}.`,
      ],
    });
  }
  await writeFollowingPlan(db, actor.id, (tx) => tx.learnerProfile.update({ where: { userId: actor.id }, data: input }));
  await touchActivity(actor.id);
  return input;
}
