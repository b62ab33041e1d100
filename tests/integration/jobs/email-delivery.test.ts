// Email through the job queue, end to end against a real SMTP server (smtp-server, in process)
// and real pg-boss workers: queued in the caller's transaction, delivered once, retried while
// the server refuses, bounced for good on a 5xx, failed with the reason on the last attempt.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { fakeSmtp } from "../../support/fake-smtp";
import { startWorker, type RunningWorker } from "@/lib/jobs/worker";

const smtp = fakeSmtp();
const mail = vi.hoisted(() => ({ url: "" }));
vi.mock("@/lib/env", async (original) => {
  const real = await original<typeof import("@/lib/env")>();
  return { ...real, env: () => ({ ...real.env(), SMTP_URL: mail.url || undefined, DEMO_MODE: false }) };
});

let workers: RunningWorker[] = [];
const start = async () => {
  const w = await startWorker({
    connectionString: process.env.DATABASE_URL!,
    env: { ...process.env, JOBS_RETRY_DELAY_SECONDS: "1" },
    pollingIntervalSeconds: 0.5,
    schedule: false,
    log: () => {},
  });
  workers.push(w);
  return w;
};

async function until(check: () => Promise<boolean>, ms = 20_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("timed out waiting");
}
const statusOf = async (id: string) => (await db.emailOutbox.findUniqueOrThrow({ where: { id } })).status;
const jobsFor = (id: string) => db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pgboss.job WHERE data->>'outboxId' = ${id}`;

beforeAll(async () => {
  mail.url = await smtp.start();
  process.env.JOBS_RETRY_DELAY_SECONDS = "1";
});
afterEach(async () => {
  await Promise.all(workers.map((w) => w.stop(5_000)));
  workers = [];
  smtp.state.down = false;
});
afterAll(() => smtp.stop());

describe("email delivery through the queue", () => {
  it("queues in the caller's transaction: a rolled-back write leaves no message and no job", async () => {
    const { queueEmails } = await import("@/lib/email/send-email");
    await expect(
      db.$transaction(async (tx) => {
        await queueEmails(tx, [{ to: "gone@example.test", subject: "Hi", text: "x", kind: "invite" }]);
        throw new Error("the write failed");
      }),
    ).rejects.toThrow("the write failed");
    expect(await db.emailOutbox.count()).toBe(0);
    expect((await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pgboss.job WHERE name = 'email-delivery'`)[0]!.n).toBe(0n);
  });

  it("keeps a queued body sealed and its stored text link-free, then delivers it once with a stable Message-ID", async () => {
    const { sendEmail } = await import("@/lib/email/send-email");
    const link = "https://app.test/reset-password?token=" + "A".repeat(43);
    const id = await sendEmail({ to: "pat@example.test", subject: "Your reset link", text: `Open ${link}`, kind: "reset" });
    const queued = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(queued.status).toBe("QUEUED");
    expect(queued.textBody).not.toContain("A".repeat(43));
    expect(queued.sealedBody).not.toContain("A".repeat(43));
    expect(Number((await jobsFor(id))[0]!.n)).toBe(1);

    await start();
    await until(async () => (await statusOf(id)) === "SENT");
    expect(smtp.countFor("pat@example.test")).toBe(1);
    const got = smtp.received.find((r) => r.to.includes("pat@example.test"))!;
    expect(got.data).toContain(link); // the recipient gets the working link
    expect(got.messageId).toBe(`<${id}@outbox.chartpath>`);
    const sent = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(sent).toMatchObject({ sealedBody: null, textBody: "(sent over SMTP)", attempts: 1 });
  });

  it("bounces an address the server refuses for good, without retrying", async () => {
    const { sendEmail } = await import("@/lib/email/send-email");
    const id = await sendEmail({ to: "nobody@refused.test", subject: "Hi", text: "x", kind: "invite" });
    await start();
    await until(async () => (await statusOf(id)) === "BOUNCED");
    const row = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ attempts: 1, sealedBody: null });
    expect(row.error).toMatch(/mailbox unavailable/);
  });

  it("while the server refuses, retries; once it accepts, every message arrives exactly once", async () => {
    const { queueEmails } = await import("@/lib/email/send-email");
    smtp.state.down = true;
    const to = Array.from({ length: 25 }, (_, i) => `learner${i}@outage.test`);
    const { ids } = await db.$transaction((tx) =>
      queueEmails(
        tx,
        to.map((t) => ({ to: t, subject: "You're invited", text: "Join", kind: "invitation" })),
        { batchScope: "org-under-test" },
      ),
    );
    await Promise.all([start(), start()]); // two workers share the work
    await until(async () => (await db.emailOutbox.count({ where: { id: { in: ids }, attempts: { gte: 1 } } })) === ids.length);
    expect(await db.emailOutbox.count({ where: { id: { in: ids }, status: "QUEUED" } })).toBe(ids.length);
    expect(smtp.received.filter((r) => r.to[0]!.endsWith("@outage.test"))).toHaveLength(0);

    smtp.state.down = false;
    await until(async () => (await db.emailOutbox.count({ where: { id: { in: ids }, status: "SENT" } })) === ids.length, 30_000);
    for (const t of to) expect(smtp.countFor(t)).toBe(1);
  });

  it("gives up on the last attempt with the reason, and a dead-lettered message is marked failed", async () => {
    const { sendEmail } = await import("@/lib/email/send-email");
    const { deliverEmail, giveUpEmail } = await import("@/lib/email/deliver");
    smtp.state.down = true;
    const id = await sendEmail({ to: "late@example.test", subject: "Hi", text: "x", kind: "invite" });
    expect(await deliverEmail(id, false)).toBe("retry");
    expect(await statusOf(id)).toBe("QUEUED");
    expect(await deliverEmail(id, true)).toBe("failed");
    const row = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "FAILED", attempts: 2, sealedBody: null });
    expect(row.error).toMatch(/try again later/);

    const stuck = await sendEmail({ to: "stuck@example.test", subject: "Hi", text: "x", kind: "invite" });
    await giveUpEmail(stuck);
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id: stuck } })).toMatchObject({ status: "FAILED", sealedBody: null });
    // A delivered message is never turned into a failure by a late dead letter.
    await giveUpEmail(id);
    expect(await statusOf(id)).toBe("FAILED");
  });
});
