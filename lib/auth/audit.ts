// Security and access events (sign-ins, denials, role changes, dashboard views). Never
// stores passwords, tokens or free text the user wrote.
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log";

export interface AuditEntry {
  action: string;
  actorId?: string | null;
  subjectUserId?: string | null;
  organizationId?: string | null;
  targetType?: string;
  targetId?: string;
  ip?: string | null;
  metadata?: Prisma.InputJsonValue;
}

export async function audit(entry: AuditEntry): Promise<void> {
  try {
    await db.auditLog.create({ data: entry });
  } catch (error) {
    // Losing an audit row must not fail the user's request; it is still in the server log.
    logger.error({ err: error, auditAction: entry.action }, "audit: could not record");
  }
}

/**
 * An access record written while a page renders (like a server access log), deduplicated:
 * nothing is written when the same actor already has the same action on the same subject in
 * the last `windowMinutes`, so re-renders (after a form post, a refresh) are not new visits.
 * A transaction-scoped advisory lock on (actor, subject) makes check-and-insert atomic under
 * concurrent renders. Returns whether a row was written; like audit(), never throws.
 */
export async function auditAccessOnce(
  entry: { action: string; actorId: string; subjectUserId: string; organizationId?: string | null },
  windowMinutes: number,
  now: Date = new Date(),
): Promise<boolean> {
  const since = new Date(now.getTime() - windowMinutes * 60_000);
  try {
    const [, inserted] = await db.$transaction([
      db.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${entry.actorId}), hashtext(${entry.subjectUserId}))`,
      db.$executeRaw`
        INSERT INTO "AuditLog" ("id", "action", "actorId", "subjectUserId", "organizationId", "createdAt")
        SELECT ${randomUUID()}, ${entry.action}, ${entry.actorId}, ${entry.subjectUserId}, ${entry.organizationId ?? null}::text, ${now}::timestamp(3)
        WHERE NOT EXISTS (
          SELECT 1 FROM "AuditLog"
          WHERE "subjectUserId" = ${entry.subjectUserId} AND "actorId" = ${entry.actorId}
            AND "action" = ${entry.action} AND "createdAt" > ${since}::timestamp(3))`,
    ]);
    return inserted === 1;
  } catch (error) {
    logger.error({ err: error, auditAction: entry.action }, "audit: could not record");
    return false;
  }
}
