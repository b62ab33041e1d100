// The emails Chartpath queued to the signed-in person's own address, newest first, with their
// delivery (the account page's "Emails to you"): someone waiting for a message can see whether
// it left, is being retried, or was refused, and by whom. Subjects only: bodies stay sealed.
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { deliveryOf, type Delivery } from "@/lib/domain/email-delivery";
import { OUTBOX_RETENTION_DAYS } from "@/lib/email/send-email";

export interface MyEmail {
  id: string;
  subject: string;
  queuedAt: Date;
  delivery: Delivery;
}

export async function emailsToMe(actor: CurrentUser, limit = 8): Promise<MyEmail[]> {
  const since = new Date(Date.now() - OUTBOX_RETENTION_DAYS * 86_400_000);
  const rows = await db.emailOutbox.findMany({
    // Addresses are stored as typed into forms that lowercase them (lib/actions/auth/schemas.ts).
    where: { toAddress: actor.email.toLowerCase(), createdAt: { gte: since } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, subject: true, createdAt: true, status: true, error: true, attempts: true, lastAttemptAt: true, sentAt: true },
  });
  return rows.map((r) => ({ id: r.id, subject: r.subject, queuedAt: r.createdAt, delivery: deliveryOf(r) }));
}
