// Queues email. Every message becomes an EmailOutbox row (status QUEUED) and an
// "email-delivery" job in the caller's transaction, so mail exists exactly when the write that
// causes it (a sign-up, an invitation) committed; the worker delivers it (lib/email/deliver.ts)
// with retries. What the row keeps at rest (docs/decisions/0008, 0011): outside demo mode the
// text with links and tokens removed, plus the body sealed until it is delivered.
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { sessionSecret } from "@/lib/auth/session-secret";
import { redactLinks } from "@/lib/domain/redact-links";
import { enqueue } from "@/lib/queue/enqueue";
import { sealBody } from "@/lib/email/seal";
import { newRowId, type Tx } from "@/lib/prisma-client";

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  kind: string;
}

/** Outbox rows older than this are deleted by the purge job (longest link lifetime is 14 days). */
export const OUTBOX_RETENTION_DAYS = 30;

export interface QueuedEmails {
  ids: string[];
  batchId: string | null;
}

/**
 * Queues messages on `tx` (one statement for the rows, one for the jobs, however many).
 * `batchScope` (e.g. an organization id) groups them for a progress read; the batch id starts
 * with it, so whoever reads a batch's progress can check it belongs to them without a lookup.
 */
export async function queueEmails(tx: Tx, messages: EmailMessage[], options: { batchScope?: string } = {}): Promise<QueuedEmails> {
  if (messages.length === 0) return { ids: [], batchId: null };
  const keepBody = env().DEMO_MODE;
  const secret = sessionSecret();
  const batchId = options.batchScope ? batchIdFor(options.batchScope) : null;
  const rows = messages.map((m) => ({
    id: newRowId(),
    toAddress: m.to,
    subject: m.subject,
    kind: m.kind,
    textBody: keepBody ? m.text : redactLinks(m.text),
    sealedBody: sealBody(m.text, secret),
    status: "QUEUED" as const,
    batchId,
  }));
  await tx.emailOutbox.createMany({ data: rows });
  await enqueue(
    tx,
    rows.map((r) => ({ queue: "emailDelivery", data: { outboxId: r.id } })),
  );
  return { ids: rows.map((r) => r.id), batchId };
}

export const batchIdFor = (scope: string) => `${scope}.${randomUUID()}`;
export const batchBelongsTo = (batchId: string, scope: string) => batchId.startsWith(`${scope}.`);

/** One message outside any other write (e.g. "your password was changed"). */
export async function sendEmail(message: EmailMessage, tx: Tx = db): Promise<string> {
  const { ids } = await queueEmails(tx, [message]);
  return ids[0]!;
}
