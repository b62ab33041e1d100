// Security and access events (sign-ins, denials, role changes, dashboard views). Never
// stores passwords, tokens or free text the user wrote.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

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
    console.error("[audit] could not record", entry.action, (error as Error).message);
  }
}
