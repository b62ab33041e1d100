// Graduate surveys after they are sent: what the public survey page may show for a link, the
// answer (one outcome record of source SURVEY, recorded once however often the link is used),
// and the staff reads (an enrollment's waves; response counts per wave for an organization).
// The link is looked up by the hash of its token only; the token itself is never stored.
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { TOKEN_PATTERN, hashToken } from "@/lib/auth/tokens";
import { requireOrgAdmin } from "@/lib/data/access";
import { ConflictError, NotFoundError, UserInputError } from "@/lib/data/errors";
import { isoOrNull, todayIso, toDbDate } from "@/lib/data/dates";
import { invalidateOutcomes } from "@/lib/data/programs/outcomes";
import { addUsage, lockUsage } from "@/lib/email/usage-window";
import {
  SURVEY_WAVES,
  answerDateErrors,
  naceWaveApplies,
  surveyStatus,
  waveDueDates,
  type SurveyAnswer,
  type SurveyStatus,
  type SurveyWave,
} from "@/lib/domain/graduate-surveys";

export type SurveyLinkState =
  | { state: "open"; organizationName: string; cohortName: string; enrollmentStartedOn: string }
  | { state: "answered" | "expired" | "invalid" };

/** What the survey page may show for a token: the program's name while it is open, nothing else. */
export async function surveyLinkState(token: string, now: Date = new Date()): Promise<SurveyLinkState> {
  if (!TOKEN_PATTERN.test(token)) return { state: "invalid" };
  const row = await db.graduateSurvey.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      answeredAt: true,
      expiresAt: true,
      enrollment: {
        select: { status: true, startedOn: true, cohort: { select: { name: true } }, organization: { select: { name: true } } },
      },
    },
  });
  if (!row || row.enrollment.status !== "COMPLETED") return { state: "invalid" };
  if (row.answeredAt) return { state: "answered" };
  if (row.expiresAt <= now) return { state: "expired" };
  return {
    state: "open",
    organizationName: row.enrollment.organization.name,
    cohortName: row.enrollment.cohort.name,
    enrollmentStartedOn: isoOrNull(row.enrollment.startedOn)!,
  };
}

/** Submissions per link and per address in 15 minutes; a person answers once, so these are generous. */
export const SURVEY_RATE_LIMITS = { token: 10, ip: 30, windowMs: 15 * 60_000 } as const;

const REFUSED: Record<"answered" | "expired" | "invalid", string> = {
  answered: "This survey has already been answered, so nothing more was recorded. Thank you.",
  expired: "This survey link has expired, so nothing was recorded.",
  invalid: "This survey link is not valid, so nothing was recorded.",
};

async function throttle(tokenHash: string, ip: string, now: Date) {
  const keys = { token: `survey-token:${tokenHash.slice(0, 32)}`, ip: `survey-ip:${ip}` };
  await db.$transaction(async (tx) => {
    const usage = await lockUsage(tx, [keys.token, keys.ip], SURVEY_RATE_LIMITS.windowMs, now);
    if ((usage.get(keys.token)?.used ?? 0) >= SURVEY_RATE_LIMITS.token || (usage.get(keys.ip)?.used ?? 0) >= SURVEY_RATE_LIMITS.ip)
      throw new UserInputError("Too many attempts. Wait 15 minutes and try again.");
    await addUsage(
      tx,
      new Map([
        [keys.token, 1],
        [keys.ip, 1],
      ]),
      SURVEY_RATE_LIMITS.windowMs,
      now,
    );
  });
}

/**
 * Records the answer: marks the survey answered with a conditional update (answeredAt IS NULL,
 * not expired) and creates its outcome record in the same transaction, so a reused or
 * double-submitted link records once and a refused one changes nothing.
 */
export async function answerGraduateSurvey(token: string, answer: SurveyAnswer, ip: string, now: Date = new Date()) {
  const tokenHash = hashToken(token);
  await throttle(tokenHash, ip, now);
  const today = todayIso(now);
  await db.$transaction(async (tx) => {
    const row = await tx.graduateSurvey.findUnique({
      where: { tokenHash },
      select: {
        id: true,
        answeredAt: true,
        expiresAt: true,
        enrollment: { select: { id: true, organizationId: true, status: true, startedOn: true } },
      },
    });
    if (!row || row.enrollment.status !== "COMPLETED") throw new NotFoundError(REFUSED.invalid);
    if (row.answeredAt) throw new ConflictError(REFUSED.answered);
    if (row.expiresAt <= now) throw new UserInputError(REFUSED.expired);
    const dateErrors = answerDateErrors(answer, isoOrNull(row.enrollment.startedOn)!, today);
    if (Object.keys(dateErrors).length > 0) throw new UserInputError("Check the highlighted fields.", dateErrors);
    const claimed = await tx.graduateSurvey.updateMany({
      where: { id: row.id, answeredAt: null, expiresAt: { gt: now } },
      data: { answeredAt: now },
    });
    if (claimed.count === 0) throw new ConflictError(REFUSED.answered);
    const working = answer.outcome === "EMPLOYED" || answer.outcome === "SELF_EMPLOYED";
    const record = await tx.outcomeRecord.create({
      data: {
        enrollmentId: row.enrollment.id,
        kind: answer.outcome,
        employer: working ? (answer.employer ?? null) : null,
        title: working ? (answer.title ?? null) : null,
        startedOn: answer.startedOn && answer.outcome !== "SEEKING" && answer.outcome !== "NOT_SEEKING" ? toDbDate(answer.startedOn) : null,
        hoursPerWeek: working ? (answer.hoursPerWeek ?? null) : null,
        field: working ? (answer.field ?? null) : null,
        salaryUsd: working ? (answer.salaryUsd ?? null) : null,
        recordedOn: toDbDate(today),
        source: "SURVEY",
        recordedByName: "Graduate survey",
      },
      select: { id: true },
    });
    await tx.graduateSurvey.update({ where: { id: row.id }, data: { outcomeRecordId: record.id } });
    await invalidateOutcomes(row.enrollment.organizationId, tx);
  });
}

export interface SurveyWaveView {
  wave: SurveyWave;
  dueOn: string;
  status: SurveyStatus;
  sentAt: Date | null;
  remindersSent: number;
  answeredAt: Date | null;
}

/**
 * An enrollment's survey waves for staff: the ones sent, plus the waves still to come as
 * "scheduled" (the NACE wave only if it applies and nothing has been answered, as the scheduler does).
 */
export async function surveysOf(actor: CurrentUser, enrollmentId: string, now: Date = new Date()): Promise<SurveyWaveView[]> {
  const enrollment = await db.enrollment.findUnique({
    where: { id: enrollmentId },
    select: {
      organizationId: true,
      status: true,
      completedOn: true,
      surveys: { select: { wave: true, dueOn: true, sentAt: true, remindersSent: true, answeredAt: true, expiresAt: true } },
    },
  });
  if (!enrollment) throw new NotFoundError();
  await requireOrgAdmin(actor, enrollment.organizationId, "manage:enrollment:org");
  const sent = enrollment.surveys.map((s) => ({
    wave: s.wave,
    dueOn: isoOrNull(s.dueOn)!,
    status: surveyStatus(s, now),
    sentAt: s.sentAt,
    remindersSent: s.remindersSent,
    answeredAt: s.answeredAt,
  }));
  const completedOn = enrollment.status === "COMPLETED" ? isoOrNull(enrollment.completedOn) : null;
  if (!completedOn) return sent;
  const due = waveDueDates(completedOn);
  const today = todayIso(now);
  const anyAnswered = sent.some((s) => s.status === "answered");
  const upcoming = SURVEY_WAVES.filter(
    (w) => !sent.some((s) => s.wave === w) && due[w] > today && !(w === "NACE_CUTOFF" && (anyAnswered || !naceWaveApplies(completedOn))),
  ).map((w): SurveyWaveView => ({ wave: w, dueOn: due[w], status: "scheduled", sentAt: null, remindersSent: 0, answeredAt: null }));
  return [...sent, ...upcoming].sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
}

export interface WaveResponseCount {
  wave: SurveyWave;
  sent: number;
  answered: number;
}

/** Per wave, how many surveys the organization sent and how many were answered (one statement). */
export async function surveyResponseCounts(actor: CurrentUser, organizationId: string): Promise<WaveResponseCount[]> {
  await requireOrgAdmin(actor, organizationId, "manage:enrollment:org");
  const rows = await db.$queryRaw<{ wave: SurveyWave; sent: number; answered: number }[]>`
    SELECT s."wave"::text AS "wave", count(*)::int AS "sent", count(s."answeredAt")::int AS "answered"
    FROM "GraduateSurvey" s JOIN "Enrollment" e ON e."id" = s."enrollmentId"
    WHERE e."organizationId" = ${organizationId} AND s."sentAt" IS NOT NULL
    GROUP BY s."wave"`;
  return SURVEY_WAVES.map((wave) => rows.find((r) => r.wave === wave) ?? { wave, sent: 0, answered: 0 });
}
