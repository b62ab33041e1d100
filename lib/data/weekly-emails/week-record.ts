// The one row per person, kind and week that makes a weekly email happen once. The row is
// inserted (ON CONFLICT DO NOTHING) in the same transaction that queues the email: a second run
// of the same week, at once or after a retry, waits on the unique index and then inserts
// nothing, so it queues nothing. A system module for the weekly jobs (lib/jobs/handlers.ts).
import "server-only";
import { db } from "@/lib/db";
import { logger } from "@/lib/log";
import { queueEmails, type EmailMessage } from "@/lib/email/send-email";
import { newRowId } from "@/lib/prisma-client";
import { toDbDate } from "@/lib/data/dates";
import type { WeeklyEmailKind } from "@/lib/domain/weekly-email";
import type { IsoDate } from "@/lib/domain/types";

/** The snapshot of the newest week before `week` (the last digest's state), or null. */
export async function previousWeekSnapshot(userId: string, kind: WeeklyEmailKind, week: IsoDate): Promise<unknown> {
  const row = await db.weeklyEmail.findFirst({
    where: { userId, kind, weekOf: { lt: toDbDate(week) } },
    orderBy: { weekOf: "desc" },
    select: { snapshot: true },
  });
  return row?.snapshot ?? null;
}

/**
 * Records the week for this person and queues `message` with it (none when there is nothing
 * to say). Returns whether an email was queued: false as well when the week was already recorded.
 */
export async function recordWeek(userId: string, kind: WeeklyEmailKind, week: IsoDate, snapshot: object, message: EmailMessage | null) {
  return db.$transaction(async (tx) => {
    const id = newRowId();
    const inserted = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "WeeklyEmail" ("id", "userId", "kind", "weekOf", "snapshot")
      VALUES (${id}, ${userId}, ${kind}::"WeeklyEmailKind", ${week}::date, ${JSON.stringify(snapshot)}::jsonb)
      ON CONFLICT ("userId", "kind", "weekOf") DO NOTHING RETURNING "id"`;
    if (inserted.length === 0 || !message) return false;
    const { ids } = await queueEmails(tx, [message]);
    await tx.weeklyEmail.update({ where: { id }, data: { outboxId: ids[0] ?? null } });
    return true;
  });
}

/**
 * Runs one person's weekly email after another so one failure cannot hold up everyone after
 * them: each failure is logged and the rest go on; if any failed, the job fails afterwards, so
 * its retry reaches exactly those (the others' weeks are recorded and skipped).
 */
export async function forEachPerson<T extends { id: string }>(kind: WeeklyEmailKind, people: T[], run: (person: T) => Promise<boolean>) {
  let sent = 0;
  const failed: string[] = [];
  for (const person of people) {
    try {
      if (await run(person)) sent++;
    } catch (error) {
      failed.push(person.id);
      logger.error({ err: error, kind, userId: person.id }, "weekly email: one person failed; the job retries after the rest");
    }
  }
  if (failed.length) throw new Error(`${kind}: ${failed.length} of ${people.length} failed (${sent} sent); retrying those`);
  return sent;
}
