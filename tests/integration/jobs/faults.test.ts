// The queue's fault cases with real processes: a worker SIGKILLed in the middle of a delivery
// (its attempt expires, another worker retries it, the message arrives once); the same cron on
// three workers (one job per period); PostgreSQL restarted while jobs wait and while a worker
// runs (nothing lost, nothing twice). Workers run as `npm run worker` child processes where a
// process must die or outlive its database.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/prisma-client";
import { runMigrations } from "@/lib/migrations/run-migrations";
import { startEmbeddedDb } from "../../../scripts/embedded-db";
import { fakeSmtp } from "../../support/fake-smtp";
import { startWorker, type RunningWorker } from "@/lib/jobs/worker";

const smtp = fakeSmtp();
const mail = vi.hoisted(() => ({ url: "" }));
vi.mock("@/lib/env", async (original) => {
  const real = await original<typeof import("@/lib/env")>();
  return { ...real, env: () => ({ ...real.env(), SMTP_URL: mail.url || undefined, DEMO_MODE: false }) };
});

const FAST = { JOBS_RETRY_DELAY_SECONDS: "1", JOBS_EXPIRE_SECONDS: "3" };
let children: ChildProcess[] = [];
let workers: RunningWorker[] = [];

function workerProcess(databaseUrl: string): ChildProcess {
  // node itself with tsx's loader, not the tsx wrapper: a SIGKILL must reach the worker's own process.
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/worker.ts"], {
    stdio: process.env.FAULTS_WORKER_LOGS ? "inherit" : "ignore",
    env: {
      ...process.env,
      ...FAST,
      DATABASE_URL: databaseUrl,
      SMTP_URL: mail.url,
      DEMO_MODE: "false",
      LOG_LEVEL: process.env.FAULTS_WORKER_LOGS ? "info" : "silent",
    },
  });
  children.push(child);
  return child;
}

async function inProcessWorker(extra: Partial<Parameters<typeof startWorker>[0]> = {}) {
  const w = await startWorker({
    connectionString: process.env.DATABASE_URL!,
    env: { ...process.env, ...FAST },
    pollingIntervalSeconds: 0.5,
    maintenanceIntervalSeconds: 1,
    schedule: false,
    log: () => {},
    ...extra,
  });
  workers.push(w);
  return w;
}

async function until(check: () => Promise<boolean>, ms = 45_000, what = "condition") {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const queueOn = async (client: typeof db, to: string[]) => {
  const { queueEmails } = await import("@/lib/email/send-email");
  return (
    await client.$transaction((tx) =>
      queueEmails(
        tx,
        to.map((t) => ({ to: t, subject: "Invitation", text: "Join us", kind: "invitation" })),
      ),
    )
  ).ids;
};

beforeAll(async () => {
  mail.url = await smtp.start();
  Object.assign(process.env, FAST);
});
afterEach(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  children = [];
  await Promise.all(workers.map((w) => w.stop(5_000)));
  workers = [];
  smtp.state.hold = false;
  smtp.state.onData = () => {};
  smtp.state.replyAfter = null;
});
afterAll(() => smtp.stop());

describe("queue faults", () => {
  it("a worker killed mid-delivery: the attempt expires, another worker retries it, and the message arrives once", async () => {
    smtp.state.hold = true; // the first attempt hangs inside SMTP DATA
    let inData!: () => void;
    const reachedData = new Promise<void>((r) => (inData = r));
    smtp.state.onData = () => inData();
    const [id] = await queueOn(db, ["killed@example.test"]);
    const doomed = workerProcess(process.env.DATABASE_URL!);
    await reachedData;
    doomed.kill("SIGKILL");
    await new Promise((r) => doomed.once("exit", r));
    expect(smtp.countFor("killed@example.test")).toBe(0);
    expect((await db.emailOutbox.findUniqueOrThrow({ where: { id } })).status).toBe("QUEUED");

    smtp.state.hold = false;
    smtp.state.onData = () => {};
    await inProcessWorker();
    await until(async () => (await db.emailOutbox.findUniqueOrThrow({ where: { id } })).status === "SENT", 45_000, "the retry");
    await new Promise((r) => setTimeout(r, 1_500)); // nothing else arrives afterwards
    expect(smtp.countFor("killed@example.test")).toBe(1);
  }, 60_000);

  it("the same schedule on three workers creates one job per period", async () => {
    const started = Date.now();
    const every = [{ queue: "purge" as const, cron: "* * * * *" }];
    await Promise.all([1, 2, 3].map(() => inProcessWorker({ schedule: true, schedules: every, cronCheckSeconds: 1 })));
    await until(async () => (await purgeJobs()).length >= 1, 20_000, "the first scheduled job");
    await new Promise((r) => setTimeout(r, 4_000)); // several cron checks on every worker
    const jobs = await purgeJobs();
    // pg-boss sends a schedule at most once per 60-second slot; the run may cross one boundary.
    const slots = new Set(jobs.map((j) => Math.floor(j.created.getTime() / 60_000)));
    expect(slots.size).toBe(jobs.length);
    expect(jobs.length).toBeLessThanOrEqual(Math.floor(Date.now() / 60_000) - Math.floor(started / 60_000) + 1);
  }, 40_000);

  it("PostgreSQL restarted with jobs waiting, and again under a running worker: every message arrives exactly once", async () => {
    // Inside the checkout: the cluster runs as the postgres user, who may not traverse /tmp's parents.
    const dir = path.resolve(`.data/test-restart-${process.pid}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    let server = await startEmbeddedDb(dir, { quiet: true, durable: false });
    const port = server.port;
    try {
      await runMigrations(server.url);
      let client = createPrismaClient(server.url, 2);
      const before = Array.from({ length: 10 }, (_, i) => `before${i}@restart.test`);
      await queueOn(client, before);
      await client.$disconnect();

      await server.stop(); // jobs are only in the stopped cluster's files now
      server = await startEmbeddedDb(dir, { quiet: true, durable: false, port });
      workerProcess(server.url);
      await until(async () => before.every((t) => smtp.countFor(t) === 1), 90_000, "the waiting jobs");
      // Stop only once every delivery is recorded: a stop between the mail server's reply and the
      // commit sends that message again (the next test covers that window).
      client = createPrismaClient(server.url, 2);
      await until(async () => (await client.emailOutbox.count({ where: { status: "SENT" } })) === 10, 30_000, "the deliveries recorded");
      await client.$disconnect();

      await server.stop(); // the worker keeps running while its database is gone
      await new Promise((r) => setTimeout(r, 2_000));
      server = await startEmbeddedDb(dir, { quiet: true, durable: false, port });
      client = createPrismaClient(server.url, 2);
      const after = Array.from({ length: 10 }, (_, i) => `after${i}@restart.test`);
      await queueOn(client, after);
      await until(async () => after.every((t) => smtp.countFor(t) === 1), 90_000, "jobs queued after the second restart");
      const statuses = await client.emailOutbox.groupBy({ by: ["status"], _count: { _all: true } });
      await client.$disconnect();
      expect(statuses).toEqual([{ status: "SENT", _count: { _all: 20 } }]);
      for (const t of [...before, ...after]) expect(smtp.countFor(t)).toBe(1);
    } finally {
      for (const c of children) c.kill("SIGKILL");
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
    // Generous bounds: alone this takes ~20 s, beside the rest of the suite on two cores up to a minute.
  }, 240_000);
});

it("PostgreSQL stops while a delivery waits on the mail server: the worker lives on, and the message goes again with the same Message-ID", async () => {
  const dir = path.resolve(`.data/test-midsend-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let server = await startEmbeddedDb(dir, { quiet: true, durable: false });
  const port = server.port;
  try {
    await runMigrations(server.url);
    let client = createPrismaClient(server.url, 2);
    let reply!: () => void;
    smtp.state.replyAfter = new Promise<void>((r) => (reply = r));
    let inData!: () => void;
    const reachedData = new Promise<void>((r) => (inData = r));
    smtp.state.onData = () => inData();
    const [id] = await queueOn(client, ["midsend@restart.test"]);
    await client.$disconnect();
    const worker = workerProcess(server.url);
    await reachedData; // the worker holds the row's transaction open, waiting for the reply
    await server.stop();
    smtp.state.replyAfter = null;
    reply(); // accepted, but the commit that records it cannot happen now
    await new Promise((r) => setTimeout(r, 1_500));
    // pg-boss 10 records a batch's end without awaiting it; before the fix that rejection ended the worker.
    expect(worker.exitCode).toBeNull();
    expect(worker.signalCode).toBeNull();

    server = await startEmbeddedDb(dir, { quiet: true, durable: false, port });
    client = createPrismaClient(server.url, 2);
    await queueOn(client, ["queued-after@restart.test"]);
    await until(async () => smtp.countFor("queued-after@restart.test") === 1, 30_000, "mail queued after the restart");
    await until(
      async () => (await client.emailOutbox.findUniqueOrThrow({ where: { id } })).status === "SENT",
      30_000,
      "the interrupted message",
    );
    await client.$disconnect();
    const copies = smtp.received.filter((r) => r.to.includes("midsend@restart.test"));
    expect(copies).toHaveLength(2); // the documented window: accepted, then the database went away
    expect(new Set(copies.map((c) => c.messageId))).toEqual(new Set([`<${id}@outbox.chartpath>`]));
  } finally {
    for (const c of children) c.kill("SIGKILL");
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);

async function purgeJobs() {
  const rows = await db.$queryRaw<{ created: Date }[]>`
    SELECT created_on AS created FROM pgboss.job WHERE name = 'purge'
    UNION ALL SELECT created_on FROM pgboss.archive WHERE name = 'purge'`;
  return rows;
}
