// The credential lifecycle: exam date, attempts (pass or fail, all kept), apprentice status
// and its removal, and CEUs after passing. Rules come from lib/domain (apprentice, ceu).
import "server-only";
import { mirrorSelfReports } from "@/lib/data/programs/enrollments";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { touchActivity } from "@/lib/data/activity";
import { invalidateOutcomes } from "@/lib/data/programs/outcomes";
import { NotFoundError, UserInputError } from "@/lib/data/errors";
import { CREDENTIALS, getCredential } from "@/lib/content/credentials";
import { CPC_APPRENTICE_RULE } from "@/lib/content/ceu-rules";
import { addDays } from "@/lib/domain/dates";
import type { CertBody, IsoDate } from "@/lib/domain/types";
import { loadCeuSummaries, passedCredentials } from "./ceu-summary";
import { assertCan } from "@/lib/data/access";
import { toDbDate, toIso, todayIso } from "@/lib/data/dates";
import { writeFollowingPlan } from "./plan-reconcile";
import { experienceColumn, toPeriod, type StoredPeriod } from "./experience";
import { summarizeExperience } from "@/lib/domain/experience-progress";

function knownExamCredential(code: string): void {
  const c = CREDENTIALS.find((x) => x.code === code);
  if (!c || c.isApprenticeStatus)
    throw new UserInputError("Choose a credential.", { credentialCode: ["Choose a credential you can sit an exam for."] });
}

export async function scheduleExam(actor: CurrentUser | null, credentialCode: string, examDate: IsoDate | null) {
  assertCan(actor, "update:credential:own");
  knownExamCredential(credentialCode);
  const today = todayIso();
  if (examDate && (examDate < addDays(today, -365) || examDate > addDays(today, 2 * 365))) {
    throw new UserInputError("Check the exam date.", { examDate: ["Exam dates can be up to two years ahead (or within the last year)."] });
  }
  const date = examDate ? toDbDate(examDate) : null;
  // The plan follows: booking completes "Schedule the exam" and moves "Sit the exam" (lib/domain/plan-events).
  await writeFollowingPlan(db, actor.id, (tx) =>
    tx.credentialGoal.upsert({
      where: { userId_credentialCode: { userId: actor.id, credentialCode } },
      create: { userId: actor.id, credentialCode, examDate: date },
      update: { examDate: date },
    }),
  );
  await touchActivity(actor.id);
}

export interface ExamAttemptInput {
  credentialCode: string;
  takenOn: IsoDate;
  result: "PASSED" | "FAILED";
  scorePercent?: number | null;
}

export async function recordExamAttempt(actor: CurrentUser | null, input: ExamAttemptInput) {
  assertCan(actor, "update:credential:own");
  knownExamCredential(input.credentialCode);
  const today = todayIso();
  if (input.takenOn > addDays(today, 1) || input.takenOn < addDays(today, -10 * 365)) {
    throw new UserInputError("Check the exam date.", { takenOn: ["Record an exam once you have taken it (not a future date)."] });
  }
  const userId = actor.id;
  const hasApprentice = getCredential(input.credentialCode).apprenticeCode !== undefined;
  await writeFollowingPlan(db, userId, async (tx) => {
    await tx.examAttempt.create({
      data: {
        userId,
        credentialCode: input.credentialCode,
        takenOn: toDbDate(input.takenOn),
        result: input.result,
        scorePercent: input.scorePercent ?? null,
      },
    });
    await mirrorSelfReports(tx, userId); // the program's copy, while the learner is a member
    const goal = await tx.credentialGoal.upsert({
      where: { userId_credentialCode: { userId, credentialCode: input.credentialCode } },
      create: { userId, credentialCode: input.credentialCode },
      update: {},
      select: { passedOn: true },
    });
    if (input.result === "PASSED" && !goal.passedOn) {
      // Two years of logged experience by the exam date mean no apprentice status (the log's rule).
      const [log] = await tx.$queryRaw<{ experience: StoredPeriod[] }[]>`SELECT ${experienceColumn(userId)}`;
      const months = summarizeExperience((log?.experience ?? []).map(toPeriod), input.takenOn).months;
      const apprentice = hasApprentice && months < CPC_APPRENTICE_RULE.value.experienceMonthsAlone;
      await tx.credentialGoal.update({
        where: { userId_credentialCode: { userId, credentialCode: input.credentialCode } },
        data: { passedOn: toDbDate(input.takenOn), apprentice },
      });
    }
  });
  await invalidateOutcomes(); // pass rates are headline figures: don't wait for the cache to expire
  await touchActivity(userId);
}

export interface ApprenticeUpdate {
  credentialCode: string;
  has80HourCourse: boolean;
  practicodeCases: number;
  practicodeScore: number | null;
  removed: boolean;
}

export async function updateApprenticeProgress(actor: CurrentUser | null, input: ApprenticeUpdate) {
  assertCan(actor, "update:credential:own");
  const goal = await db.credentialGoal.findUnique({
    where: { userId_credentialCode: { userId: actor.id, credentialCode: input.credentialCode } },
    select: { apprentice: true, apprenticeRemovedOn: true },
  });
  if (!goal?.apprentice) throw new NotFoundError("You do not hold apprentice status for that credential.");
  await db.credentialGoal.update({
    where: { userId_credentialCode: { userId: actor.id, credentialCode: input.credentialCode } },
    data: {
      has80HourCourse: input.has80HourCourse,
      practicodeCases: input.practicodeCases,
      practicodeScore: input.practicodeScore,
      apprenticeRemovedOn: input.removed ? (goal.apprenticeRemovedOn ?? toDbDate(todayIso())) : null,
    },
  });
  await touchActivity(actor.id);
}

export interface CeuInput {
  body: CertBody;
  earnedOn: IsoDate;
  ceus: number;
  title: string;
  provider?: string | null;
}

export async function logCeu(actor: CurrentUser | null, input: CeuInput) {
  assertCan(actor, "update:credential:own");
  const today = todayIso();
  if (input.earnedOn > addDays(today, 1) || input.earnedOn < addDays(today, -3 * 365)) {
    throw new UserInputError("Check the date.", { earnedOn: ["Log CEUs you have earned, dated within the last three years."] });
  }
  const row = await db.ceuEntry.create({ data: { ...input, earnedOn: toDbDate(input.earnedOn), userId: actor.id }, select: { id: true } });
  await touchActivity(actor.id);
  return row;
}

export async function deleteCeu(actor: CurrentUser | null, id: string) {
  assertCan(actor, "update:credential:own");
  const { count } = await db.ceuEntry.deleteMany({ where: { id, userId: actor.id } });
  if (count === 0) throw new NotFoundError("That CEU entry is not in your log.");
  await touchActivity(actor.id);
}

export async function getCredentialLog(actor: CurrentUser | null, today: IsoDate = todayIso()) {
  assertCan(actor, "read:learner-journey:own");
  const [goals, attempts, ceus] = await Promise.all([
    db.credentialGoal.findMany({
      where: { userId: actor.id },
      orderBy: { createdAt: "asc" },
      select: {
        credentialCode: true,
        examDate: true,
        passedOn: true,
        apprentice: true,
        apprenticeRemovedOn: true,
        monthsExperience: true,
        has80HourCourse: true,
        practicodeCases: true,
        practicodeScore: true,
        lapsedOn: true,
      },
    }),
    db.examAttempt.findMany({
      where: { userId: actor.id },
      orderBy: { takenOn: "desc" },
      take: 50,
      select: { id: true, credentialCode: true, takenOn: true, result: true, scorePercent: true },
    }),
    db.ceuEntry.findMany({
      where: { userId: actor.id },
      orderBy: { earnedOn: "desc" },
      take: 200,
      select: { id: true, body: true, earnedOn: true, ceus: true, title: true, provider: true },
    }),
  ]);
  const isoGoals = goals.map((g) => ({
    ...g,
    examDate: toIso(g.examDate),
    passedOn: toIso(g.passedOn),
    apprenticeRemovedOn: toIso(g.apprenticeRemovedOn),
    lapsedOn: toIso(g.lapsedOn),
  }));
  return {
    goals: isoGoals,
    // Summed by Postgres over the whole cycle, as on the dashboard: `ceus` is only the newest 200 entries to list.
    ceu: await loadCeuSummaries(actor.id, passedCredentials(isoGoals), today),
    attempts: attempts.map((a) => ({ ...a, takenOn: toIso(a.takenOn) })),
    ceus: ceus.map((c) => ({ ...c, earnedOn: toIso(c.earnedOn) })),
  };
}
