// Delivers one queued message (the "email-delivery" job). Idempotent: the row is locked for
// the attempt and only a QUEUED row is sent, so a retry after a crash, or a job pg-boss hands
// out again after expiring it, never sends a delivered message twice. The one window left is
// a crash after the mail server accepted and before this commit; the Message-ID is the row id
// on every attempt, so receiving servers and clients can drop such a duplicate.
import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { sessionSecret } from "@/lib/auth/session-secret";
import { redactLinks } from "@/lib/domain/redact-links";
import { openBody, UnsealError } from "@/lib/email/seal";
import { isPermanentRefusal, smtpTransport } from "@/lib/email/smtp";

export type DeliveryOutcome = "sent" | "logged" | "bounced" | "failed" | "already-done" | "retry";

const reason = (error: unknown) => redactLinks((error as Error).message ?? String(error)).slice(0, 500);

/** `finalAttempt`: no retry follows this one, so a temporary failure becomes FAILED. */
export async function deliverEmail(outboxId: string, finalAttempt: boolean): Promise<DeliveryOutcome> {
  return db.$transaction(
    async (tx) => {
      // NOWAIT: a second attempt running at once (an expired job handed out again) backs off.
      const [row] = await tx.$queryRaw<{ id: string; toAddress: string; subject: string; status: string; sealedBody: string | null }[]>`
        SELECT "id", "toAddress", "subject", "status"::text AS "status", "sealedBody"
        FROM "EmailOutbox" WHERE "id" = ${outboxId} FOR UPDATE NOWAIT`;
      if (!row || row.status !== "QUEUED") return "already-done";
      const now = new Date();
      const settle = (data: Record<string, unknown>) =>
        tx.emailOutbox.update({ where: { id: row.id }, data: { attempts: { increment: 1 }, lastAttemptAt: now, ...data } });
      let text: string;
      try {
        text = openBody(row.sealedBody ?? "", sessionSecret());
      } catch (error) {
        if (!(error instanceof UnsealError)) throw error;
        await settle({ status: "FAILED", sealedBody: null, error: error.message });
        return "failed";
      }
      const smtpUrl = env().SMTP_URL;
      if (!smtpUrl) {
        // The outbox is the transport: the row (body kept only in demo mode) is the delivery.
        await settle({ status: "LOGGED", sealedBody: null, sentAt: now });
        return "logged";
      }
      try {
        await smtpTransport(smtpUrl).sendMail({
          from: env().EMAIL_FROM,
          to: row.toAddress,
          subject: row.subject,
          text,
          messageId: `<${row.id}@outbox.chartpath>`,
        });
      } catch (error) {
        if (isPermanentRefusal(error)) {
          await settle({ status: "BOUNCED", sealedBody: null, error: reason(error) });
          return "bounced";
        }
        if (finalAttempt) {
          await settle({ status: "FAILED", sealedBody: null, error: reason(error) });
          return "failed";
        }
        await settle({ error: reason(error) });
        return "retry";
      }
      await settle({ status: "SENT", sealedBody: null, sentAt: now, textBody: "(sent over SMTP)", error: null });
      return "sent";
    },
    { timeout: 90_000, maxWait: 10_000 },
  );
}

/** The dead-letter handler: an attempt that never settled (its worker died every time). */
export async function giveUpEmail(outboxId: string): Promise<void> {
  await db.emailOutbox.updateMany({
    where: { id: outboxId, status: "QUEUED" },
    data: { status: "FAILED", sealedBody: null, error: "No delivery attempt finished; gave up after every retry." },
  });
}
