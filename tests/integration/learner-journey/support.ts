// Shared helpers for the learner-journey integration tests: the three actors every access
// test uses, a row-count snapshot of the journey's tables, and FormData building.
import { db } from "@/lib/db";
import { actorFor, createUser } from "../../support/factories";

export async function journeyActors() {
  const ownerUser = await createUser({ name: "Owner Learner" });
  const otherUser = await createUser({ name: "Other Learner" });
  const advisorUser = await createUser({ name: "Advisor Only", learner: false });
  return {
    owner: actorFor(ownerUser, ["learner"]),
    other: actorFor(otherUser, ["learner"]),
    advisor: actorFor(advisorUser, ["advisor"], { advisor: ["org"] }),
  };
}

/** Everything the journey writes, serialised: equal snapshots mean nothing changed. */
export async function journeySnapshot(): Promise<string> {
  const [profiles, quiz, shortlist, plans, milestones, exams, sessions, goals, attempts, ceus, growth, experience] = await Promise.all([
    db.learnerProfile.findMany({ orderBy: { userId: "asc" }, omit: { createdAt: true, updatedAt: true } }),
    db.fitQuizAttempt.findMany({ orderBy: { id: "asc" }, select: { id: true, userId: true, visitorId: true } }),
    db.shortlistedProgram.findMany({ orderBy: { id: "asc" }, omit: { updatedAt: true } }),
    db.learnerPlan.findMany({ orderBy: { userId: "asc" }, omit: { updatedAt: true } }),
    db.planMilestone.findMany({ orderBy: { id: "asc" }, omit: { updatedAt: true } }),
    db.practiceExam.findMany({ orderBy: { id: "asc" } }),
    db.studySession.findMany({ orderBy: { id: "asc" } }),
    db.credentialGoal.findMany({ orderBy: { id: "asc" }, omit: { updatedAt: true } }),
    db.examAttempt.findMany({ orderBy: { id: "asc" } }),
    db.ceuEntry.findMany({ orderBy: { id: "asc" } }),
    db.growthGoal.findMany({ orderBy: { id: "asc" }, omit: { updatedAt: true } }),
    db.experiencePeriod.findMany({ orderBy: { id: "asc" }, omit: { updatedAt: true } }),
  ]);
  return JSON.stringify({ profiles, quiz, shortlist, plans, milestones, exams, sessions, goals, attempts, ceus, growth, experience });
}

export function form(values: Record<string, string | number | undefined>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) if (v !== undefined) fd.set(k, String(v));
  return fd;
}

/** An onboarded CODING/CPC learner on the certificate route, ready for a plan. */
export async function readyForPlan(userId: string, overrides: Record<string, unknown> = {}) {
  await db.learnerProfile.update({
    where: { userId },
    data: {
      persona: "MILITARY_VETERAN",
      usState: "OH",
      weeklyHours: 10,
      budgetUsd: 3000,
      startDate: new Date("2026-01-05"),
      workMode: "REMOTE",
      path: "CODING",
      credentialCode: "CPC",
      routeCode: "CC_CERTIFICATE",
      onboardingStep: 6,
      onboardedAt: new Date(),
      ...overrides,
    },
  });
}
