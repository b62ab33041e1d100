// Follow-up dates: the .ics export of open follow-ups and the reminder email job
// (opt-in per learner: ChecklistMark list "prefs", item "follow-up-emails").
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { buildIcs } from "@/lib/domain/ics";
import { TERMINAL_STAGES } from "@/lib/domain/applications";
import { toUtcDate } from "@/lib/domain/dates";
import { queueEmails } from "@/lib/email/send-email";
import { env } from "@/lib/env";
import { assertCan } from "@/lib/data/access";
import { followUpCalendarOf } from "@/lib/data/learner/calendar-events";
import { isoOrNull, todayIso } from "@/lib/data/dates";

const FOLLOW_UP_PREF = { list: "prefs", itemKey: "follow-up-emails" } as const;

export async function followUpsIcs(actor: CurrentUser, now: Date = new Date()): Promise<string> {
  assertCan(actor, "read:job-hunt:own");
  return buildIcs(await followUpCalendarOf(actor.id), "Chartpath follow-ups", now);
}

/**
 * Emails each opted-in learner once about follow-ups due on or before today. Idempotent:
 * `followUpRemindedAt` is claimed in the same UPDATE that selects the row, so two runs at
 * once never send twice; changing the follow-up date clears it (see applications.ts).
 * Returns how many emails were sent. A system job: it acts for no single user, and runs only
 * from the worker's "follow-up-reminders" schedule (lib/jobs), never from a page GET.
 */
export async function sendDueFollowUpReminders(now: Date = new Date()): Promise<number> {
  const today = toUtcDate(todayIso(now));
  const base = env().APP_URL ?? `http://localhost:${env().PORT}`;
  // The claim and the emails commit together: a crash between them can neither lose a
  // reminder (claimed, never queued) nor send one twice (queued, claimed again next run).
  return db.$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<{ id: string; userId: string; company: string; title: string; followUpOn: Date }[]>`
      UPDATE "JobApplication" AS a SET "followUpRemindedAt" = ${now}
      WHERE a."followUpOn" <= ${today} AND a."followUpRemindedAt" IS NULL
        AND a."stage"::text NOT IN ('ACCEPTED','DECLINED','REJECTED','WITHDRAWN','GHOSTED')
        AND EXISTS (SELECT 1 FROM "ChecklistMark" m WHERE m."userId" = a."userId" AND m."list" = ${FOLLOW_UP_PREF.list} AND m."itemKey" = ${FOLLOW_UP_PREF.itemKey})
      RETURNING a."id", a."userId", a."company", a."title", a."followUpOn"`;
    if (claimed.length === 0) return 0;
    const users = await tx.user.findMany({
      where: { id: { in: [...new Set(claimed.map((c) => c.userId))] } },
      select: { id: true, email: true, name: true },
    });
    const mails = users.map((user) => {
      const mine = claimed.filter((c) => c.userId === user.id);
      const lines = mine.map(
        (c) =>
          `- ${c.title} at ${c.company} (follow up ${isoOrNull(c.followUpOn)}${(isoOrNull(c.followUpOn) ?? "") < todayIso(now) ? ", overdue" : ""})`,
      );
      return {
        to: user.email,
        kind: "follow-up-reminder",
        subject: mine.length === 1 ? "A job application follow-up is due" : `${mine.length} job application follow-ups are due`,
        text: `Hi ${user.name},\n\nThese follow-ups are due:\n${lines.join("\n")}\n\nOpen your applications: ${base}/learner/applications\n\nYou get these because you turned on follow-up emails. Turn them off on the applications page.`,
      };
    });
    await queueEmails(tx, mails);
    return mails.length;
  });
}

/**
 * A learner's open follow-ups due on or before `lastDay` (overdue ones included), earliest
 * first: what the weekly summary lists. A system read for the "learner-summary" job, which
 * has already checked the learner asked for the summary.
 */
export async function openFollowUpsDueBy(userId: string, lastDay: string) {
  const rows = await db.jobApplication.findMany({
    where: { userId, followUpOn: { not: null, lte: toUtcDate(lastDay) }, stage: { notIn: [...TERMINAL_STAGES] } },
    select: { company: true, title: true, followUpOn: true },
    orderBy: [{ followUpOn: "asc" }, { createdAt: "asc" }],
    take: 20,
  });
  return rows.map((r) => ({ company: r.company, title: r.title, followUpOn: isoOrNull(r.followUpOn) ?? lastDay }));
}
