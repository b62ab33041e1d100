// Every learner-journey server action, called directly as a POST would: the owner succeeds;
// anonymous callers, advisor-only users and (for actions on existing rows) another learner
// passing the owner's ids get an error and nothing is written.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { ActionState } from "@/lib/actions/action";
import { form, journeyActors, journeySnapshot, readyForPlan } from "./support";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({
  getCurrentUser: vi.fn(async () => session.user),
  requireUser: vi.fn(async () => session.user),
}));
vi.mock("next/navigation", async (original) => ({
  ...(await original<typeof import("next/navigation")>()),
  redirect: vi.fn((to: string) => {
    throw Object.assign(new Error(`NEXT_REDIRECT ${to}`), { digest: `NEXT_REDIRECT;replace;${to};307;` });
  }),
}));

const { choosePathAction } = await import("@/lib/actions/learner/choose-path");
const { addShortlistedProgramAction } = await import("@/lib/actions/learner/add-shortlisted-program");
const { updateShortlistedProgramAction } = await import("@/lib/actions/learner/update-shortlisted-program");
const { deleteShortlistedProgramAction } = await import("@/lib/actions/learner/delete-shortlisted-program");
const { generatePlanAction } = await import("@/lib/actions/learner/generate-plan");
const { setMilestoneStatusAction } = await import("@/lib/actions/learner/set-milestone-status");
const { redateMilestoneAction } = await import("@/lib/actions/learner/redate-milestone");
const { undoAutoCompletionAction } = await import("@/lib/actions/learner/undo-auto-completion");
const { logPracticeExamAction } = await import("@/lib/actions/learner/log-practice-exam");
const { deletePracticeExamAction } = await import("@/lib/actions/learner/delete-practice-exam");
const { logStudySessionAction } = await import("@/lib/actions/learner/log-study-session");
const { deleteStudySessionAction } = await import("@/lib/actions/learner/delete-study-session");
const { scheduleExamAction } = await import("@/lib/actions/learner/schedule-exam");
const { recordExamAttemptAction } = await import("@/lib/actions/learner/record-exam-attempt");
const { updateApprenticeAction } = await import("@/lib/actions/learner/update-apprentice");
const { logCeuAction } = await import("@/lib/actions/learner/log-ceu");
const { deleteCeuAction } = await import("@/lib/actions/learner/delete-ceu");
const { updateGrowthGoalAction } = await import("@/lib/actions/learner/update-growth-goal");
const { saveOnboardingStepAction } = await import("@/lib/actions/learner/save-onboarding-step");

type Action = (prev: ActionState<never>, fd: FormData) => Promise<ActionState<unknown>>;
const today = new Date().toISOString().slice(0, 10);

interface Case {
  name: string;
  action: Action;
  /** Creates the owner's rows the action works on and returns the owner's form. */
  setup: (ownerId: string) => Promise<Record<string, string | number>>;
  /** True when the form names an existing row of the owner (so another learner must be refused). */
  targetsRow: boolean;
}

async function milestoneOf(userId: string) {
  const m = await db.planMilestone.create({
    data: {
      userId,
      key: "FOUNDATION:enroll",
      phase: "FOUNDATION",
      title: "Enroll",
      description: "d",
      kind: "LEARN",
      dueDate: new Date("2026-01-10"),
    },
  });
  return m.id;
}

const CASES: Case[] = [
  {
    name: "choose path",
    action: choosePathAction as Action,
    targetsRow: false,
    setup: async () => ({ path: "BILLING", credentialCode: "CPB", routeCode: "SELF_PACED_ONLINE" }),
  },
  {
    name: "save onboarding step",
    action: saveOnboardingStepAction as Action,
    targetsRow: false,
    setup: async () => ({ step: "1", persona: "MILITARY_VETERAN" }),
  },
  {
    name: "add shortlisted program",
    action: addShortlistedProgramAction as Action,
    targetsRow: false,
    setup: async () => ({ name: "Lakeside Online", externship: "yes", placementHelp: "", costUsd: "2400" }),
  },
  {
    name: "update shortlisted program",
    action: updateShortlistedProgramAction as Action,
    targetsRow: true,
    setup: async (userId) => {
      const p = await db.shortlistedProgram.create({ data: { userId, name: "Old name" } });
      return { id: p.id, version: String(p.version), name: "New name", externship: "no", placementHelp: "yes" };
    },
  },
  {
    name: "delete shortlisted program",
    action: deleteShortlistedProgramAction as Action,
    targetsRow: true,
    setup: async (userId) => ({ id: (await db.shortlistedProgram.create({ data: { userId, name: "P" } })).id }),
  },
  {
    name: "generate plan",
    action: generatePlanAction as Action,
    targetsRow: false,
    setup: async (userId) => {
      await readyForPlan(userId);
      return { routeCode: "CC_CERTIFICATE", startDate: today, weeklyHours: "10" };
    },
  },
  {
    name: "set milestone status",
    action: setMilestoneStatusAction as Action,
    targetsRow: true,
    setup: async (userId) => ({ id: await milestoneOf(userId), status: "DONE" }),
  },
  {
    name: "re-date milestone",
    action: redateMilestoneAction as Action,
    targetsRow: true,
    setup: async (userId) => ({ id: await milestoneOf(userId), customDueDate: "2026-02-01" }),
  },
  {
    name: "undo automatic completion",
    action: undoAutoCompletionAction as Action,
    targetsRow: true,
    setup: async (userId) => {
      const id = await milestoneOf(userId);
      await db.planMilestone.update({
        where: { id },
        data: { status: "DONE", completedAt: new Date(), autoCompletedAt: new Date(), autoReason: "you scheduled the exam" },
      });
      return { id };
    },
  },
  {
    name: "log practice exam",
    action: logPracticeExamAction as Action,
    targetsRow: false,
    setup: async () => ({ takenOn: today, credentialCode: "CPC", questions: "100", correct: "72", minutes: "230" }),
  },
  {
    name: "delete practice exam",
    action: deletePracticeExamAction as Action,
    targetsRow: true,
    setup: async (userId) => ({
      id: (
        await db.practiceExam.create({
          data: { userId, takenOn: new Date(), credentialCode: "CPC", questions: 10, correct: 5, minutes: 20 },
        })
      ).id,
    }),
  },
  {
    name: "log study session",
    action: logStudySessionAction as Action,
    targetsRow: false,
    setup: async () => ({ studiedOn: today, minutes: "90", topic: "Modifiers" }),
  },
  {
    name: "delete study session",
    action: deleteStudySessionAction as Action,
    targetsRow: true,
    setup: async (userId) => ({
      id: (await db.studySession.create({ data: { userId, studiedOn: new Date(), minutes: 30, topic: "x" } })).id,
    }),
  },
  {
    name: "schedule exam",
    action: scheduleExamAction as Action,
    targetsRow: false,
    setup: async () => ({ credentialCode: "CPC", examDate: today }),
  },
  {
    name: "record exam attempt",
    action: recordExamAttemptAction as Action,
    targetsRow: false,
    setup: async () => ({ credentialCode: "CPB", takenOn: today, result: "PASSED", scorePercent: "81" }),
  },
  {
    name: "update apprentice progress",
    action: updateApprenticeAction as Action,
    targetsRow: true,
    setup: async (userId) => {
      await db.credentialGoal.create({ data: { userId, credentialCode: "CPC", passedOn: new Date(), apprentice: true } });
      return { credentialCode: "CPC", monthsExperience: "6", has80HourCourse: "on", practicodeCases: "120", practicodeScore: "74" };
    },
  },
  {
    name: "log CEUs",
    action: logCeuAction as Action,
    targetsRow: false,
    setup: async () => ({ body: "AAPC", earnedOn: today, ceus: "1.5", title: "Chapter meeting" }),
  },
  {
    name: "delete CEU entry",
    action: deleteCeuAction as Action,
    targetsRow: true,
    setup: async (userId) => ({
      id: (await db.ceuEntry.create({ data: { userId, body: "AAPC", earnedOn: new Date(), ceus: 1, title: "t" } })).id,
    }),
  },
  {
    name: "update growth goal",
    action: updateGrowthGoalAction as Action,
    targetsRow: false,
    setup: async () => ({ goalKey: "coding-auditor", status: "DONE" }),
  },
];

async function call(action: Action, user: CurrentUser | null, values: Record<string, string | number>) {
  session.user = user;
  try {
    return await action({ status: "idle" }, form(values));
  } catch (error) {
    // redirect() after a successful write (onboarding) is how that action reports success.
    if (String((error as Error).message).startsWith("NEXT_REDIRECT")) return { status: "ok" as const, data: "redirect" };
    throw error;
  }
}

describe("learner-journey actions: access", () => {
  beforeEach(() => {
    session.user = null;
  });

  for (const c of CASES) {
    it(`${c.name}: denied to anonymous, advisor-only${c.targetsRow ? " and another learner" : ""}; allowed to the owner`, async () => {
      const { owner, other, advisor } = await journeyActors();
      const values = await c.setup(owner.id);
      const before = await journeySnapshot();
      const denied: (CurrentUser | null)[] = [null, advisor, ...(c.targetsRow ? [other] : [])];
      for (const actor of denied) {
        const result = await call(c.action, actor, values);
        expect(result.status, `${c.name} as ${actor?.name ?? "anonymous"}`).toBe("error");
        expect(await journeySnapshot()).toBe(before);
      }
      const result = await call(c.action, owner, values);
      expect(result, c.name).toMatchObject({ status: "ok" });
      expect(await journeySnapshot()).not.toBe(before);
    });
  }

  it("ignores extra fields such as userId", async () => {
    const { owner, other } = await journeyActors();
    const result = await call(logStudySessionAction as Action, owner, { studiedOn: today, minutes: "45", topic: "CPT", userId: other.id });
    expect(result.status).toBe("ok");
    expect(await db.studySession.count({ where: { userId: other.id } })).toBe(0);
    expect(await db.studySession.count({ where: { userId: owner.id } })).toBe(1);
  });
});
