// The email part of `npm run test:load`: a fake SMTP server, one worker process (as
// `npm run worker`) and a child queuing mail at a steady rate beside the HTTP load. Afterwards:
// every message delivered exactly once, and queued-to-delivered latency (outbox createdAt to
// sentAt) as p50 / p95 / max.
import { spawn } from "node:child_process";
import pg from "pg";
import { fakeSmtp } from "../../tests/support/fake-smtp";

const tsxNode = (script: string) => [process.execPath, ["--import", "tsx", "--conditions=react-server", script]] as const;

export async function startMailLoad(databaseUrl: string, authSecret: string, seconds: number) {
  const smtp = fakeSmtp();
  const smtpUrl = await smtp.start();
  const env = { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: authSecret, SMTP_URL: smtpUrl, LOG_LEVEL: "warn" };
  const [node, workerArgs] = tsxNode("scripts/worker.ts");
  const worker = spawn(node, workerArgs, { stdio: "ignore", env });
  const [, queueArgs] = tsxNode("scripts/load/queue-mail.ts");
  const queuer = spawn(node, queueArgs, { stdio: ["ignore", "pipe", "inherit"], env: { ...env, MAIL_SECONDS: String(seconds) } });
  let out = "";
  queuer.stdout.on("data", (c: Buffer) => (out += c.toString()));
  const queuedDone = new Promise<number>((resolve) => queuer.once("exit", () => resolve(Number(out.trim()) || 0)));

  return {
    /** Waits (up to 60 s after the queuer stops) for every message, then reports and stops. */
    async finish() {
      const queued = await queuedDone;
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        const deadline = Date.now() + 60_000;
        let waiting = queued;
        while (Date.now() < deadline) {
          const { rows } = await client.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM "EmailOutbox" WHERE kind = 'load' AND status = 'QUEUED'`,
          );
          waiting = rows[0]!.n;
          if (waiting === 0) break;
          await new Promise((r) => setTimeout(r, 500));
        }
        const { rows } = await client.query<{ p50: number; p95: number; max: number; sent: number }>(`
          SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50, percentile_cont(0.95) WITHIN GROUP (ORDER BY ms) AS p95,
                 max(ms) AS max, count(*)::int AS sent
          FROM (SELECT EXTRACT(EPOCH FROM "sentAt" - "createdAt") * 1000 AS ms FROM "EmailOutbox" WHERE kind = 'load' AND status = 'SENT') t`);
        const counts = new Map<string, number>();
        for (const r of smtp.received) for (const to of r.to) if (to.endsWith("@load.test")) counts.set(to, (counts.get(to) ?? 0) + 1);
        const round = (v: number | null) => (v === null ? null : Math.round(Number(v)));
        return {
          queued,
          delivered: rows[0]!.sent,
          stillWaiting: waiting,
          receivedTwice: [...counts.values()].filter((n) => n > 1).length,
          neverReceived: queued - counts.size,
          queuedToDeliveredMs: { p50: round(rows[0]!.p50), p95: round(rows[0]!.p95), max: round(rows[0]!.max) },
        };
      } finally {
        await client.end();
        worker.kill("SIGTERM");
        await new Promise((r) => (worker.exitCode !== null ? r(null) : worker.once("exit", r)));
        await smtp.stop();
      }
    },
  };
}
