// Demo graduate surveys (issue 16, item 3), run last so it sees every COMPLETED enrollment the
// other seeds made. If none is completed yet, three alumni of the 2025 cohorts get completed
// enrollments (graduated when their cohort ended). Each completed enrollment then has the waves
// the daily job would have sent by today (lib/domain/graduate-surveys.ts): alumni with a job
// answered the first wave after they started it (earlier waves: still seeking), the rest never
// answered; a survey still open today has its email (and any reminders) in the outbox, where
// demo mode shows it with a working link. Idempotent: nothing is written once surveys exist.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "../../lib/prisma-client";
import type { FoundationSeed } from "./types";
import { REMINDER_AFTER_DAYS, SURVEY_WAVES, expiresAtFor, naceWaveApplies, waveDueDates } from "../../lib/domain/graduate-surveys";
import { hashToken } from "../../lib/auth/tokens";
import { surveyTokenFor } from "../../lib/auth/survey-token";
import { sessionSecret } from "../../lib/auth/session-secret";
import { graduateSurveyEmail } from "../../lib/email/graduate-survey-email";

const DAY = 86_400_000;
const DEMO_COMPLETIONS = [
  ["Coding Certificate — Spring 2025", 2],
  ["Billing Certificate — Fall 2025", 1],
] as const;

/** The secret the app will run with: scripts/start.ts keeps it in the data folder when the environment has none. */
function appSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(path.resolve(process.env.CHARTPATH_DATA_DIR ?? ".data"), "auth-secret");
  return existsSync(file) ? readFileSync(file, "utf8").trim() : sessionSecret();
}

const appUrl = () => (process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
const iso = (d: Date) => d.toISOString().slice(0, 10);

async function completeDemoAlumni(db: Db, ctx: FoundationSeed) {
  for (const [cohortName, count] of DEMO_COMPLETIONS) {
    const cohort = await db.cohort.findFirst({ where: { organizationId: ctx.org.id, name: cohortName } });
    if (!cohort?.endDate) continue;
    const members = await db.cohortLearner.findMany({ where: { cohortId: cohort.id }, orderBy: { joinedAt: "asc" }, take: count });
    for (const m of members) {
      const existing = await db.enrollment.findFirst({ where: { cohortId: cohort.id, learnerId: m.userId } });
      const completed = { status: "COMPLETED" as const, completedOn: cohort.endDate };
      const row = existing
        ? await db.enrollment.update({ where: { id: existing.id }, data: { ...completed, version: { increment: 1 } } })
        : await db.enrollment.create({
            data: { organizationId: ctx.org.id, cohortId: cohort.id, learnerId: m.userId, startedOn: cohort.startDate, ...completed },
          });
      await db.enrollmentChange.create({
        data: {
          enrollmentId: row.id,
          actorName: "Demo data",
          via: "SEED",
          changes: { status: [existing?.status ?? "ENROLLED", "COMPLETED"], completedOn: [null, iso(cohort.endDate)] },
        },
      });
    }
  }
}

export async function seedGraduateSurveys(db: Db, ctx: FoundationSeed, now = new Date()): Promise<void> {
  if ((await db.graduateSurvey.count({ where: { enrollment: { organizationId: ctx.org.id } } })) > 0) return;
  const completedWhere = { organizationId: ctx.org.id, status: "COMPLETED" as const, completedOn: { not: null }, learnerId: { not: null } };
  if ((await db.enrollment.count({ where: completedWhere })) === 0) await completeDemoAlumni(db, ctx);
  const enrollments = await db.enrollment.findMany({
    where: completedWhere,
    select: {
      id: true,
      completedOn: true,
      learner: { select: { email: true, name: true, placements: { take: 1, orderBy: { startDate: "asc" } } } },
    },
  });
  const secret = appSecret();
  const today = iso(now);
  for (const e of enrollments) {
    if (!e.learner || !e.completedOn) continue;
    const job = e.learner.placements[0];
    const due = waveDueDates(iso(e.completedOn));
    let answeredAny = false;
    let employedAnswered = false;
    for (const wave of [...SURVEY_WAVES].sort((a, b) => (due[a] < due[b] ? -1 : 1))) {
      if (due[wave] > today) continue;
      if (wave === "NACE_CUTOFF" && (answeredAny || !naceWaveApplies(iso(e.completedOn)))) continue;
      const id = crypto.randomUUID().replaceAll("-", "");
      const sentAt = new Date(`${due[wave]}T15:00:00Z`);
      const expiresAt = expiresAtFor(sentAt);
      const answeredAt = new Date(sentAt.getTime() + 3 * DAY);
      const answers: boolean = job !== undefined && !employedAnswered && answeredAt < now;
      const employed: boolean = answers && job !== undefined && job.startDate.getTime() <= sentAt.getTime();
      let outcomeRecordId: string | null = null;
      if (job && answers && (employed || wave === "AT_COMPLETION")) {
        const record = await db.outcomeRecord.create({
          data: {
            enrollmentId: e.id,
            kind: employed ? "EMPLOYED" : "SEEKING",
            ...(employed
              ? {
                  employer: job.employer,
                  title: job.title,
                  startedOn: job.startDate,
                  hoursPerWeek: 40,
                  field: job.inField ? "IN_FIELD" : "UNRELATED",
                }
              : {}),
            salaryUsd: employed && job.shareSalary ? job.salaryUsd : null,
            recordedOn: new Date(`${iso(answeredAt)}T00:00:00Z`),
            source: "SURVEY",
            recordedByName: "Graduate survey",
          },
        });
        outcomeRecordId = record.id;
        answeredAny = true;
        employedAnswered ||= Boolean(employed);
      }
      const reminders = outcomeRecordId
        ? []
        : REMINDER_AFTER_DAYS.map((d) => new Date(sentAt.getTime() + d * DAY)).filter((d) => d <= now && d < expiresAt);
      await db.graduateSurvey.create({
        data: {
          id,
          enrollmentId: e.id,
          wave,
          dueOn: new Date(`${due[wave]}T00:00:00Z`),
          tokenHash: hashToken(surveyTokenFor(secret, id)),
          sentAt,
          remindersSent: reminders.length,
          lastRemindedAt: reminders.at(-1) ?? null,
          answeredAt: outcomeRecordId ? answeredAt : null,
          expiresAt,
          outcomeRecordId,
        },
      });
      // Still open today: its email and reminders sit in the outbox, as the demo's "delivery" logged them.
      if (!outcomeRecordId && expiresAt > now) {
        const link = `${appUrl()}/survey/${surveyTokenFor(secret, id)}`;
        const mails = [sentAt, ...reminders].map((at, i) => ({
          at,
          mail: graduateSurveyEmail(e.learner!.email, e.learner!.name, ctx.org.name, link, i > 0),
        }));
        await db.emailOutbox.createMany({
          data: mails.map(({ at, mail }) => ({
            toAddress: mail.to,
            subject: mail.subject,
            kind: mail.kind,
            textBody: mail.text,
            status: "LOGGED" as const,
            createdAt: at,
            sentAt: at,
          })),
        });
      }
    }
  }
}
