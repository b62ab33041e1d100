// Sends an email: over SMTP (nodemailer) when SMTP_URL is set, otherwise into the
// development outbox (table + console). Every message is recorded in EmailOutbox.
import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  kind: string;
}

let transporter: Transporter | undefined;

function smtp(): Transporter | undefined {
  const url = env().SMTP_URL;
  if (!url) return undefined;
  transporter ??= nodemailer.createTransport(url);
  return transporter;
}

export async function sendEmail(message: EmailMessage): Promise<void> {
  const transport = smtp();
  if (!transport) {
    await db.emailOutbox.create({
      data: { toAddress: message.to, subject: message.subject, textBody: message.text, kind: message.kind, status: "LOGGED" },
    });
    console.log(`[email] to=${message.to} subject="${message.subject}" (development outbox: /dev/outbox)`);
    return;
  }
  try {
    await transport.sendMail({ from: env().EMAIL_FROM, to: message.to, subject: message.subject, text: message.text });
    await db.emailOutbox.create({
      data: { toAddress: message.to, subject: message.subject, textBody: "(sent over SMTP)", kind: message.kind, status: "SENT", sentAt: new Date() },
    });
  } catch (error) {
    await db.emailOutbox.create({
      data: { toAddress: message.to, subject: message.subject, textBody: "(not sent)", kind: message.kind, status: "FAILED", error: (error as Error).message.slice(0, 500) },
    });
    console.error(`[email] SMTP send failed for kind=${message.kind}: ${(error as Error).message}`);
  }
}

/** Many messages at once (bulk invitations): one outbox insert without SMTP, else sent in turn. */
export async function sendEmails(messages: EmailMessage[]): Promise<void> {
  if (messages.length === 0) return;
  if (!smtp()) {
    await db.emailOutbox.createMany({
      data: messages.map((m) => ({ toAddress: m.to, subject: m.subject, textBody: m.text, kind: m.kind, status: "LOGGED" as const })),
    });
    console.log(`[email] ${messages.length} messages written to the development outbox (/dev/outbox)`);
    return;
  }
  for (const m of messages) await sendEmail(m);
}
