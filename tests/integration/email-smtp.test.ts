// Email over SMTP end to end: sendEmail hands the message to nodemailer, which delivers it to a
// real SMTP server (smtp-server, in-process); the outbox records it as sent, or as failed
// with the reason when the server refuses, and the caller never sees an exception.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { allowConsoleError } from "../support/console-error-trap";
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";
import { db } from "@/lib/db";

const received: { to: string[]; data: string }[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onRcptTo(address, _session, callback) {
    if (address.address.endsWith("@refused.test")) return callback(new Error("mailbox unavailable"));
    callback();
  },
  onData(stream, session, callback) {
    let data = "";
    stream.on("data", (c: Buffer) => {
      data += c.toString("utf8");
    });
    stream.on("end", () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
      callback();
    });
  },
});
const smtp = vi.hoisted(() => ({ url: "" }));
vi.mock("@/lib/env", async (original) => {
  const real = await original<typeof import("@/lib/env")>();
  return { ...real, env: () => ({ ...real.env(), SMTP_URL: smtp.url, EMAIL_FROM: "Chartpath <no-reply@chartpath.test>" }) };
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  smtp.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("sendEmail over SMTP", () => {
  it("delivers the message and records it as sent", async () => {
    const { sendEmail } = await import("@/lib/email/send-email");
    await sendEmail({ to: "pat@example.test", subject: "Your reset link", text: "Open the link to choose a new password.", kind: "reset" });
    expect(received.at(-1)?.to).toEqual(["pat@example.test"]);
    expect(received.at(-1)?.data).toContain("Subject: Your reset link");
    expect(received.at(-1)?.data).toContain("Open the link to choose a new password.");
    const row = await db.emailOutbox.findFirstOrThrow({ where: { toAddress: "pat@example.test" } });
    expect(row).toMatchObject({ status: "SENT", kind: "reset", textBody: "(sent over SMTP)" });
  });

  it("records a refused message as failed with the reason", async () => {
    const { sendEmail } = await import("@/lib/email/send-email");
    const logged = allowConsoleError(); // a refused send is logged for the operator
    await expect(sendEmail({ to: "nobody@refused.test", subject: "Hi", text: "x", kind: "invite" })).resolves.toBeUndefined();
    const row = await db.emailOutbox.findFirstOrThrow({ where: { toAddress: "nobody@refused.test" } });
    expect(row.status).toBe("FAILED");
    expect(row.error).toMatch(/mailbox unavailable/);
    expect(String(logged[0]?.[0])).toMatch(/SMTP send failed for kind=invite/);
  });
});
