// "Emails to you" on the account page: only mail queued to the reader's own address, newest
// first, each with the same delivery reading staff see on invitations.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { emailsToMe } from "@/lib/data/my-emails";
import { actorFor, createUser } from "../support/factories";

describe("emailsToMe", () => {
  it("lists the reader's own emails newest first with their delivery, and nobody else's", async () => {
    const me = actorFor(await createUser({ email: "reader@example.test" }), ["learner"]);
    const base = Date.now() - 60_000;
    const row = (toAddress: string, subject: string, offset: number, extra: Record<string, unknown> = {}) => ({
      toAddress,
      subject,
      textBody: "(body)",
      kind: "test",
      status: "QUEUED" as const,
      createdAt: new Date(base + offset),
      ...extra,
    });
    await db.emailOutbox.createMany({
      data: [
        row("reader@example.test", "Reset your password", 0, { status: "SENT", sentAt: new Date(base + 5) }),
        row("reader@example.test", "Follow-ups due", 1000, { error: "421 try later", attempts: 1, lastAttemptAt: new Date(base + 1500) }),
        row("reader@example.test", "Weekly summary", 2000, { status: "BOUNCED", error: "550 mailbox full", attempts: 1 }),
        row("someone-else@example.test", "Not yours", 3000),
        row("reader@example.test", "Too old", -40 * 86_400_000),
      ],
    });
    const emails = await emailsToMe(me);
    expect(emails.map((e) => [e.subject, e.delivery.state, e.delivery.reason])).toEqual([
      ["Weekly summary", "bounced", "550 mailbox full"],
      ["Follow-ups due", "retrying", "421 try later"],
      ["Reset your password", "sent", null],
    ]);
    expect(JSON.stringify(emails)).not.toContain("(body)");
  });
});
