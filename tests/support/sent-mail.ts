// The mail the app queued, read back from the outbox with each body unsealed (the message as
// the recipient will get it). Tests see exactly what the worker would deliver, and a
// rolled-back write shows no mail, because the rows are written in the same transaction.
import { db } from "@/lib/db";
import { openBody } from "@/lib/email/seal";
import type { EmailMessage } from "@/lib/email/send-email";

export async function sentMail(): Promise<EmailMessage[]> {
  const rows = await db.emailOutbox.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  const secret = process.env.AUTH_SECRET!;
  return rows.map((r) => ({
    to: r.toAddress,
    subject: r.subject,
    kind: r.kind,
    text: r.sealedBody ? openBody(r.sealedBody, secret) : r.textBody,
  }));
}

export const invitationMail = async () => (await sentMail()).filter((m) => m.kind === "invitation");

export function tokenIn(mail: EmailMessage | undefined): string {
  const token = mail?.text.match(/invite\?token=([A-Za-z0-9_-]{43})/)?.[1];
  if (!token) throw new Error("no invitation link in the mail");
  return token;
}
