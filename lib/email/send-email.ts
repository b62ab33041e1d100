// Sends an email: over SMTP (nodemailer) when SMTP_URL is set, otherwise into the outbox
// (table + console). Every message is recorded in EmailOutbox, but only demo mode keeps the
// body as sent (the loopback-only /dev/outbox shows it): elsewhere links and tokens are
// removed before the row is written, so a database reader finds no working link. Old rows are
// purged as new ones arrive. See docs/decisions/0008-secrets-at-rest-and-demo-outbox.md.
import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { redactLinks } from "@/lib/domain/redact-links";

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  kind: string;
}

/** Outbox rows older than this are deleted (longest link lifetime is 14 days). */
export const OUTBOX_RETENTION_DAYS = 30;
/** At most this many old rows go per write, so one send never turns into a long delete. */
const PURGE_BATCH = 200;

type OutboxRow = {
  toAddress: string;
  subject: string;
  textBody: string;
  kind: string;
  status: "LOGGED" | "SENT" | "FAILED";
  error?: string;
  sentAt?: Date;
};

let transporter: Transporter | undefined;

function smtp(): Transporter | undefined {
  const url = env().SMTP_URL;
  if (!url) return undefined;
  transporter ??= nodemailer.createTransport(url);
  return transporter;
}

async function record(rows: OutboxRow[]): Promise<void> {
  const keepBody = env().DEMO_MODE;
  await db.emailOutbox.createMany({
    data: rows.map((r) =>
      keepBody ? r : { ...r, textBody: redactLinks(r.textBody), ...(r.error ? { error: redactLinks(r.error) } : {}) },
    ),
  });
  const cutoff = new Date(Date.now() - OUTBOX_RETENTION_DAYS * 24 * 60 * 60 * 1000);
  await db.$executeRaw`
    DELETE FROM "EmailOutbox" WHERE "id" IN (
      SELECT "id" FROM "EmailOutbox" WHERE "createdAt" < ${cutoff} ORDER BY "createdAt" LIMIT ${PURGE_BATCH})`;
}

const logged = (m: EmailMessage): OutboxRow => ({ toAddress: m.to, subject: m.subject, textBody: m.text, kind: m.kind, status: "LOGGED" });

export async function sendEmail(message: EmailMessage): Promise<void> {
  const transport = smtp();
  if (!transport) {
    await record([logged(message)]);
    console.log(`[email] to=${message.to} subject="${message.subject}" (outbox${env().DEMO_MODE ? ": /dev/outbox" : ", links removed"})`);
    return;
  }
  const base = { toAddress: message.to, subject: message.subject, kind: message.kind };
  try {
    await transport.sendMail({ from: env().EMAIL_FROM, to: message.to, subject: message.subject, text: message.text });
    await record([{ ...base, textBody: "(sent over SMTP)", status: "SENT", sentAt: new Date() }]);
  } catch (error) {
    await record([{ ...base, textBody: "(not sent)", status: "FAILED", error: (error as Error).message.slice(0, 500) }]);
    console.error(`[email] SMTP send failed for kind=${message.kind}: ${(error as Error).message}`);
  }
}

/** Many messages at once (bulk invitations): one outbox insert without SMTP, else sent in turn. */
export async function sendEmails(messages: EmailMessage[]): Promise<void> {
  if (messages.length === 0) return;
  if (!smtp()) {
    await record(messages.map(logged));
    console.log(`[email] ${messages.length} messages written to the outbox`);
    return;
  }
  for (const m of messages) await sendEmail(m);
}
