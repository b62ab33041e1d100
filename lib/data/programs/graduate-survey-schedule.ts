// The daily "graduate-surveys" job (lib/jobs/handlers.ts): creates each completed enrollment's
// due survey wave and emails its link, and reminds unanswered ones (lib/domain/graduate-surveys.ts
// has the rules). Safe when two workers run it at once: a wave is claimed by the insert that the
// unique (enrollmentId, wave) lets only one run win, a reminder by a conditional update, and each
// claim commits with its email (queueEmails on the same transaction) or not at all.
// Only enrollments whose learner account still exists (learnerId set, an email on file) are mailed.
import "server-only";
import { db } from "@/lib/db";
import { appUrl } from "@/lib/env";
import { hashToken } from "@/lib/auth/tokens";
import { sessionSecret } from "@/lib/auth/session-secret";
import { surveyTokenFor } from "@/lib/auth/survey-token";
import { queueEmails } from "@/lib/email/send-email";
import { graduateSurveyEmail } from "@/lib/email/graduate-survey-email";
import { isoOrNull, todayIso, toDbDate } from "@/lib/data/dates";
import { newRowId } from "@/lib/prisma-client";
import { addDays } from "@/lib/domain/dates";
import {
  REMINDER_AFTER_DAYS,
  SURVEY_EXPIRY_DAYS,
  expiresAtFor,
  waveDueDates,
  wavesToSend,
  type SurveyWave,
} from "@/lib/domain/graduate-surveys";

export const surveyToken = (surveyId: string) => surveyTokenFor(sessionSecret(), surveyId);
export const surveyLink = (surveyId: string) => `${appUrl()}/survey/${surveyToken(surveyId)}`;

// Timestamps go in as UTC ISO text (the columns are timestamp without zone), whatever the session's zone.
const ts = (d: Date) => d.toISOString();

interface Candidate {
  id: string;
  completedOn: Date;
  email: string;
  name: string;
  orgName: string;
  surveys: { wave: SurveyWave; answeredAt: Date | null; sentAt: Date | null; expiresAt: Date }[];
}

/** Returns how many survey emails (first sends and reminders) were queued. */
export async function runGraduateSurveys(now: Date = new Date()): Promise<{ sent: number; reminded: number }> {
  const today = todayIso(now);
  // The latest a wave can still be inside its window: the NACE cut-off is at most 18 months on.
  const oldest = toDbDate(addDays(today, -(550 + SURVEY_EXPIRY_DAYS)));
  const rows = await db.enrollment.findMany({
    where: { status: "COMPLETED", completedOn: { not: null, gte: oldest, lte: toDbDate(today) }, learner: { email: { not: "" } } },
    select: {
      id: true,
      completedOn: true,
      learner: { select: { email: true, name: true } },
      organization: { select: { name: true } },
      surveys: { select: { wave: true, answeredAt: true, sentAt: true, expiresAt: true } },
    },
  });
  const candidates: Candidate[] = rows.flatMap((r) =>
    r.learner && r.completedOn
      ? [
          {
            id: r.id,
            completedOn: r.completedOn,
            email: r.learner.email,
            name: r.learner.name,
            orgName: r.organization.name,
            surveys: r.surveys,
          },
        ]
      : [],
  );
  let sent = 0;
  for (const c of candidates) {
    const completedOn = isoOrNull(c.completedOn)!;
    const existing = c.surveys.map((s) => ({
      wave: s.wave,
      answered: s.answeredAt !== null,
      open: !s.answeredAt && s.sentAt !== null && s.expiresAt > now,
    }));
    for (const wave of wavesToSend(completedOn, today, existing)) if (await sendWave(c, wave, completedOn, now)) sent++;
  }
  return { sent, reminded: await sendReminders(now) };
}

async function sendWave(c: Candidate, wave: SurveyWave, completedOn: string, now: Date): Promise<boolean> {
  const id = newRowId();
  const dueOn = waveDueDates(completedOn)[wave];
  return db.$transaction(async (tx) => {
    // Another worker that got here first wins the unique (enrollmentId, wave): this run sends nothing.
    const inserted = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "GraduateSurvey" ("id", "enrollmentId", "wave", "dueOn", "tokenHash", "sentAt", "expiresAt")
      VALUES (${id}, ${c.id}, ${wave}::"SurveyWave", ${dueOn}::date, ${hashToken(surveyToken(id))}, ${ts(now)}::timestamp, ${ts(expiresAtFor(now))}::timestamp)
      ON CONFLICT ("enrollmentId", "wave") DO NOTHING RETURNING "id"`;
    if (inserted.length === 0) return false;
    await queueEmails(tx, [graduateSurveyEmail(c.email, c.name, c.orgName, surveyLink(id), false)]);
    return true;
  });
}

/**
 * Reminds unanswered, unexpired surveys REMINDER_AFTER_DAYS after the first email, at most
 * twice and at most once a day (so a job that missed days does not send both at once). The
 * UPDATE claims the reminder: a second run at the same time re-checks the row after the first
 * commits and finds it already counted.
 */
async function sendReminders(now: Date): Promise<number> {
  const [first, second] = REMINDER_AFTER_DAYS;
  const dayAgo = new Date(now.getTime() - 86_400_000);
  return db.$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<{ id: string; email: string; name: string; orgName: string }[]>`
      UPDATE "GraduateSurvey" AS s SET "remindersSent" = s."remindersSent" + 1, "lastRemindedAt" = ${ts(now)}::timestamp
      FROM "Enrollment" e, "User" u, "Organization" o
      WHERE e."id" = s."enrollmentId" AND u."id" = e."learnerId" AND o."id" = e."organizationId"
        AND e."status" = 'COMPLETED' AND u."email" <> ''
        AND s."answeredAt" IS NULL AND s."sentAt" IS NOT NULL AND s."expiresAt" > ${ts(now)}::timestamp
        AND s."remindersSent" < ${REMINDER_AFTER_DAYS.length}
        AND s."sentAt" + make_interval(days => CASE WHEN s."remindersSent" = 0 THEN ${first}::int ELSE ${second}::int END) <= ${ts(now)}::timestamp
        AND (s."lastRemindedAt" IS NULL OR s."lastRemindedAt" <= ${ts(dayAgo)}::timestamp)
      RETURNING s."id", u."email", u."name", o."name" AS "orgName"`;
    await queueEmails(
      tx,
      claimed.map((c) => graduateSurveyEmail(c.email, c.name, c.orgName, surveyLink(c.id), true)),
    );
    return claimed.length;
  });
}
