// The state /api/health reports: whether the database answers (and how fast) and the job
// queue's backlog from pg-boss's own table. No access check, unlike the rest of lib/data: it
// is public aggregate state (counts and a latency, nothing about any person or row), which a
// load balancer or monitor must read without a session. Nothing from an error is returned:
// a failure is just "unreachable", so hostnames and connection strings never leak.
import "server-only";
import { db, type Db } from "@/lib/db";

const DATABASE_TIMEOUT_MS = 2_000;

export interface QueueHealth {
  ok: boolean;
  /** Whether pg-boss's schema exists yet (it is created when the first worker starts). */
  schema: boolean;
  queued: number | null;
  active: number | null;
  failed: number | null;
  oldestQueuedSeconds: number | null;
}

export interface Health {
  status: "ok" | "degraded" | "down";
  database: { ok: boolean; latencyMs: number | null };
  queue: QueueHealth;
}

const NO_QUEUE = (schema: boolean): QueueHealth => ({
  ok: false,
  schema,
  queued: null,
  active: null,
  failed: null,
  oldestQueuedSeconds: null,
});

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timeout")), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** `client` is the app's database unless a test points it elsewhere (e.g. at a closed port). */
export async function readHealth(client: Db = db): Promise<Health> {
  const started = performance.now();
  let queueSchema: boolean;
  try {
    // The liveness query also says whether pg-boss's table exists, so a missing schema costs nothing.
    const [row] = await withTimeout(
      client.$queryRaw<{ queueSchema: boolean }[]>`SELECT 1 AS ok, to_regclass('pgboss.job') IS NOT NULL AS "queueSchema"`,
      DATABASE_TIMEOUT_MS,
    );
    queueSchema = row?.queueSchema === true;
  } catch {
    return { status: "down", database: { ok: false, latencyMs: null }, queue: NO_QUEUE(false) };
  }
  const database = { ok: true, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  const queue = queueSchema ? await readQueue(client) : NO_QUEUE(false);
  return { status: queue.ok ? "ok" : "degraded", database, queue };
}

/** One statement over pg-boss's job table: backlog by state and the oldest waiting job's age. */
async function readQueue(client: Db): Promise<QueueHealth> {
  try {
    const [row] = await withTimeout(
      client.$queryRaw<{ queued: number; active: number; failed: number; oldest: number | null }[]>`
        SELECT count(*) FILTER (WHERE state IN ('created', 'retry'))::int AS queued,
               count(*) FILTER (WHERE state = 'active')::int AS active,
               count(*) FILTER (WHERE state = 'failed')::int AS failed,
               EXTRACT(EPOCH FROM now() - min(created_on) FILTER (WHERE state IN ('created', 'retry')))::float8 AS oldest
        FROM pgboss.job`,
      DATABASE_TIMEOUT_MS,
    );
    if (!row) return NO_QUEUE(true);
    const oldest = row.oldest === null ? null : Math.max(0, Math.round(row.oldest));
    return { ok: true, schema: true, queued: row.queued, active: row.active, failed: row.failed, oldestQueuedSeconds: oldest };
  } catch {
    return NO_QUEUE(true);
  }
}
