// Practice exams and study sessions: the learner's logs, validated by the domain rules
// (lib/domain/practice-exams, lib/domain/study) before anything is written.
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { touchActivity } from "@/lib/data/activity";
import { NotFoundError, UserInputError } from "@/lib/data/errors";
import { validatePracticeExam } from "@/lib/domain/practice-exams";
import { MAX_SESSION_MINUTES } from "@/lib/domain/study";
import { addDays } from "@/lib/domain/dates";
import type { FieldError, IsoDate } from "@/lib/domain/types";
import { assertCan } from "@/lib/data/access";
import { toDbDate, toIso, todayIso } from "@/lib/data/dates";
import { writeFollowingPlan } from "./plan-reconcile";

/** How far back a log may be dated, and how far ahead (a day of slack for time zones). */
export const LOG_DAYS_BACK = 2 * 365;
export const LOG_DAYS_AHEAD = 1;

function throwFieldErrors(errors: FieldError[]): never {
  const fieldErrors: Record<string, string[]> = {};
  for (const e of errors) (fieldErrors[e.field] ??= []).push(e.message);
  throw new UserInputError("Check the highlighted fields.", fieldErrors);
}

export function logDateErrors(field: string, date: IsoDate, today = todayIso()): FieldError[] {
  if (date > addDays(today, LOG_DAYS_AHEAD))
    return [{ field, message: "This date is in the future; log sessions once they have happened." }];
  if (date < addDays(today, -LOG_DAYS_BACK)) return [{ field, message: "This date is more than two years ago; check the year." }];
  return [];
}

export interface PracticeExamLog {
  takenOn: IsoDate;
  credentialCode: string;
  questions: number;
  correct: number;
  minutes: number;
}

export async function logPracticeExam(actor: CurrentUser | null, input: PracticeExamLog) {
  assertCan(actor, "update:practice-log:own");
  const errors = [...validatePracticeExam(input), ...logDateErrors("takenOn", input.takenOn)];
  if (errors.length > 0) throwFieldErrors(errors);
  const row = await writeFollowingPlan(db, actor.id, (tx) =>
    tx.practiceExam.create({ data: { ...input, takenOn: toDbDate(input.takenOn), userId: actor.id }, select: { id: true } }),
  );
  await touchActivity(actor.id);
  return row;
}

export async function deletePracticeExam(actor: CurrentUser | null, id: string) {
  assertCan(actor, "update:practice-log:own");
  await writeFollowingPlan(db, actor.id, async (tx) => {
    const { count } = await tx.practiceExam.deleteMany({ where: { id, userId: actor.id } });
    if (count === 0) throw new NotFoundError("That practice exam is not in your log.");
  });
  await touchActivity(actor.id);
}

export interface StudySessionLog {
  studiedOn: IsoDate;
  minutes: number;
  topic: string;
}

export async function logStudySession(actor: CurrentUser | null, input: StudySessionLog) {
  assertCan(actor, "update:practice-log:own");
  const errors = logDateErrors("studiedOn", input.studiedOn);
  if (!Number.isInteger(input.minutes) || input.minutes < 1 || input.minutes > MAX_SESSION_MINUTES) {
    errors.push({ field: "minutes", message: `Minutes must be a whole number from 1 to ${MAX_SESSION_MINUTES}.` });
  }
  if (errors.length > 0) throwFieldErrors(errors);
  const row = await writeFollowingPlan(db, actor.id, (tx) =>
    tx.studySession.create({ data: { ...input, studiedOn: toDbDate(input.studiedOn), userId: actor.id }, select: { id: true } }),
  );
  await touchActivity(actor.id);
  return row;
}

export async function deleteStudySession(actor: CurrentUser | null, id: string) {
  assertCan(actor, "update:practice-log:own");
  await writeFollowingPlan(db, actor.id, async (tx) => {
    const { count } = await tx.studySession.deleteMany({ where: { id, userId: actor.id } });
    if (count === 0) throw new NotFoundError("That study session is not in your log.");
  });
  await touchActivity(actor.id);
}

/** The practice page's logs: the newest 100 exams and the last 12 weeks of study. */
export async function getPracticeLogs(actor: CurrentUser | null, today = todayIso()) {
  assertCan(actor, "read:learner-journey:own");
  const [exams, sessions, profile] = await Promise.all([
    db.practiceExam.findMany({
      where: { userId: actor.id },
      orderBy: [{ takenOn: "desc" }, { createdAt: "desc" }],
      take: 100,
      select: { id: true, takenOn: true, credentialCode: true, questions: true, correct: true, minutes: true, createdAt: true },
    }),
    db.studySession.findMany({
      where: { userId: actor.id, studiedOn: { gte: toDbDate(addDays(today, -7 * 12)) } },
      orderBy: [{ studiedOn: "desc" }, { createdAt: "desc" }],
      select: { id: true, studiedOn: true, minutes: true, topic: true },
    }),
    db.learnerProfile.findUnique({ where: { userId: actor.id }, select: { weeklyHours: true, credentialCode: true } }),
  ]);
  const examDate = profile?.credentialCode
    ? await db.credentialGoal.findUnique({
        where: { userId_credentialCode: { userId: actor.id, credentialCode: profile.credentialCode } },
        select: { examDate: true },
      })
    : null;
  return {
    // loggedAt orders attempts taken on the same day (lib/domain/practice-exams).
    exams: exams.map(({ createdAt, ...e }) => ({ ...e, date: toIso(e.takenOn), loggedAt: createdAt.toISOString() })),
    sessions: sessions.map((s) => ({ ...s, date: toIso(s.studiedOn) })),
    weeklyHours: profile?.weeklyHours ?? 0,
    credentialCode: profile?.credentialCode ?? null,
    examDate: toIso(examDate?.examDate ?? null),
  };
}
