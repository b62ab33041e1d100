// Schema-valid inputs for every learner-journey action, each with the owner's rows it works
// on: the generated access matrix (permission-matrix.test.ts) and the scoping test
// (actions-access.test.ts) both send them.
import { db } from "@/lib/db";
import type { ActionFixture } from "../../support/action-matrix";
import { actorFor, createUser } from "../../support/factories";
import { readyForPlan } from "./support";

export interface JourneyCase {
  /** Creates the owner's rows the action works on and returns the owner's form. */
  setup: (ownerId: string) => Promise<Record<string, string | number>>;
  /** True when the form names an existing row of the owner (so another learner must be refused). */
  targetsRow: boolean;
}

const today = new Date().toISOString().slice(0, 10);

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

async function experienceOf(userId: string) {
  return db.experiencePeriod.create({
    data: {
      userId,
      kind: "EXTERNSHIP",
      organization: "Mercy Billing Office",
      supervisorName: "Dana Ortiz",
      startedOn: new Date("2025-03-03"),
      endedOn: new Date("2025-04-25"),
      totalHours: 100,
      shareCoding: 70,
    },
  });
}

export const LEARNER_JOURNEY_CASES: Record<string, JourneyCase> = {
  choosePathAction: {
    targetsRow: false,
    setup: async () => ({ path: "BILLING", credentialCode: "CPB", routeCode: "SELF_PACED_ONLINE" }),
  },
  saveOnboardingStepAction: {
    targetsRow: false,
    setup: async () => ({ step: "1", persona: "MILITARY_VETERAN" }),
  },
  addShortlistedProgramAction: {
    targetsRow: false,
    setup: async () => ({ name: "Lakeside Online", externship: "yes", placementHelp: "", costUsd: "2400" }),
  },
  updateShortlistedProgramAction: {
    targetsRow: true,
    setup: async (userId) => {
      const p = await db.shortlistedProgram.create({ data: { userId, name: "Old name" } });
      return { id: p.id, version: String(p.version), name: "New name", externship: "no", placementHelp: "yes" };
    },
  },
  deleteShortlistedProgramAction: {
    targetsRow: true,
    setup: async (userId) => ({ id: (await db.shortlistedProgram.create({ data: { userId, name: "P" } })).id }),
  },
  generatePlanAction: {
    targetsRow: false,
    setup: async (userId) => {
      await readyForPlan(userId);
      return { routeCode: "CC_CERTIFICATE", startDate: today, weeklyHours: "10" };
    },
  },
  setMilestoneStatusAction: {
    targetsRow: true,
    setup: async (userId) => ({ id: await milestoneOf(userId), status: "DONE" }),
  },
  redateMilestoneAction: {
    targetsRow: true,
    setup: async (userId) => ({ id: await milestoneOf(userId), customDueDate: "2026-02-01" }),
  },
  undoAutoCompletionAction: {
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
  logPracticeExamAction: {
    targetsRow: false,
    setup: async () => ({ takenOn: today, credentialCode: "CPC", questions: "100", correct: "72", minutes: "230" }),
  },
  deletePracticeExamAction: {
    targetsRow: true,
    setup: async (userId) => ({
      id: (
        await db.practiceExam.create({
          data: { userId, takenOn: new Date(), credentialCode: "CPC", questions: 10, correct: 5, minutes: 20 },
        })
      ).id,
    }),
  },
  logStudySessionAction: {
    targetsRow: false,
    setup: async () => ({ studiedOn: today, minutes: "90", topic: "Modifiers" }),
  },
  deleteStudySessionAction: {
    targetsRow: true,
    setup: async (userId) => ({
      id: (await db.studySession.create({ data: { userId, studiedOn: new Date(), minutes: 30, topic: "x" } })).id,
    }),
  },
  issueCalendarFeedAction: {
    targetsRow: false,
    setup: async () => ({}),
  },
  revokeCalendarFeedAction: {
    targetsRow: false,
    setup: async (userId) => {
      await db.calendarFeed.create({ data: { userId, tokenHash: `fixture-${userId}` } });
      return { confirm: "on" };
    },
  },
  scheduleExamAction: {
    targetsRow: false,
    setup: async () => ({ credentialCode: "CPC", examDate: today }),
  },
  recordExamAttemptAction: {
    targetsRow: false,
    setup: async () => ({ credentialCode: "CPB", takenOn: today, result: "PASSED", scorePercent: "81" }),
  },
  updateApprenticeAction: {
    targetsRow: true,
    setup: async (userId) => {
      await db.credentialGoal.create({ data: { userId, credentialCode: "CPC", passedOn: new Date(), apprentice: true } });
      return { credentialCode: "CPC", has80HourCourse: "on", practicodeCases: "120", practicodeScore: "74" };
    },
  },
  logCeuAction: {
    targetsRow: false,
    setup: async () => ({ body: "AAPC", earnedOn: today, ceus: "1.5", title: "Chapter meeting" }),
  },
  deleteCeuAction: {
    targetsRow: true,
    setup: async (userId) => ({
      id: (await db.ceuEntry.create({ data: { userId, body: "AAPC", earnedOn: new Date(), ceus: 1, title: "t" } })).id,
    }),
  },
  addExperiencePeriodAction: {
    targetsRow: false,
    setup: async () => ({
      kind: "JOB",
      employer: "Lakeside Clinic",
      title: "Billing specialist",
      startedOn: "2025-01-06",
      endedOn: "",
      hoursPerWeek: "32",
      shareCoding: "60",
      codeSetCPT: "on",
    }),
  },
  updateExperiencePeriodAction: {
    targetsRow: true,
    setup: async (userId) => {
      const p = await experienceOf(userId);
      return {
        id: p.id,
        version: String(p.version),
        kind: "EXTERNSHIP",
        site: "Mercy Billing Office",
        supervisorName: "Dana Ortiz",
        startedOn: "2025-03-03",
        endedOn: "2025-04-25",
        totalHours: "120",
        shareCoding: "70",
      };
    },
  },
  deleteExperiencePeriodAction: {
    targetsRow: true,
    setup: async (userId) => ({ id: (await experienceOf(userId)).id, confirm: "on" }),
  },
  updateGrowthGoalAction: {
    targetsRow: false,
    setup: async () => ({ goalKey: "coding-auditor", status: "DONE" }),
  },
};

/** The matrix fixtures: a fresh learner owns the rows and sends the form. */
export const LEARNER_JOURNEY_FIXTURES: Record<string, ActionFixture> = Object.fromEntries(
  Object.entries(LEARNER_JOURNEY_CASES).map(([name, c]) => [
    name,
    async () => {
      const owner = actorFor(await createUser({ name: "Owner Learner" }), ["learner"]);
      return { actor: owner, form: await c.setup(owner.id) };
    },
  ]),
);
