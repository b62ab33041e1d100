// The job worker: runs every queue's handler and the schedules. Started by `npm start` (as its
// own child process) and by `npm run worker` for deployments with separate worker machines.
// stop() is graceful: no new jobs are taken and the ones running finish (up to `graceMs`);
// an attempt cut off by SIGKILL is expired by pg-boss and retried (lib/queue/definitions.ts).
import "server-only";
import type PgBoss from "pg-boss";
import { workerBoss } from "@/lib/queue/boss";
import { queuePolicies, SCHEDULES, type QueueKey } from "@/lib/queue/definitions";
import { HANDLERS, RetryLater } from "@/lib/jobs/handlers";
import { logger } from "@/lib/log";

export interface WorkerOptions {
  connectionString: string;
  env?: NodeJS.ProcessEnv;
  /** Parallel deliveries per worker process. */
  concurrency?: number;
  pollingIntervalSeconds?: number;
  maintenanceIntervalSeconds?: number;
  schedule?: boolean;
  /** The schedules to register (default: SCHEDULES); the fault tests use an every-minute one. */
  schedules?: { queue: QueueKey; cron: string }[];
  /** How often each worker checks whether a schedule is due (pg-boss: 1–45 s; default 30). */
  cronCheckSeconds?: number;
  log?: (message: string) => void;
}

export interface RunningWorker {
  boss: PgBoss;
  stop: (graceMs?: number) => Promise<void>;
}

type Meta = PgBoss.JobWithMetadata<Record<string, unknown>>;

async function inParallel<T>(items: T[], limit: number, run: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await run(items[next++]!);
    }),
  );
}

const CONNECTION_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "57P01", "57P02", "57P03"]);

/** An error that only says the database is unreachable for now (down, restarting, failing over). */
export function isConnectionError(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  if (!e) return false;
  if (typeof e.code === "string" && CONNECTION_CODES.has(e.code)) return true;
  const message = typeof e.message === "string" ? e.message : "";
  return /Connection terminated|not queryable|terminating connection|timeout exceeded when trying to connect/i.test(message);
}

export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const workerLog = logger.child({ component: "worker" });
  const log = options.log ?? ((m: string) => workerLog.info(m));
  const policies = queuePolicies(options.env);
  const boss = workerBoss(options.connectionString, {
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds,
    schedule: options.schedule,
    cronCheckSeconds: options.cronCheckSeconds,
  });
  boss.on("error", (error) => log(`queue error: ${(error as Error).message}`));
  await boss.start();

  for (const [key, handler] of Object.entries(HANDLERS) as [QueueKey, NonNullable<(typeof HANDLERS)[QueueKey]>][]) {
    const queue = policies[key].name;
    await boss.work<Record<string, unknown>>(
      queue,
      { includeMetadata: true, batchSize: 20, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1 },
      async (jobs: Meta[]) => {
        // Each job succeeds or fails on its own; pg-boss completes the rest of the batch.
        await inParallel(jobs, options.concurrency ?? 4, async (job) => {
          try {
            await handler(job.data, { finalAttempt: job.retryCount >= job.retryLimit, log });
          } catch (error) {
            if (!(error instanceof RetryLater)) log(`${queue} job ${job.id} failed: ${(error as Error).message}`);
            // With the database gone the failure cannot be recorded: the attempt expires and is
            // retried, and every handler is safe to run twice.
            await boss.fail(queue, job.id, { message: (error as Error).message }).catch(() => {});
          }
        });
      },
    );
  }
  if (options.schedule !== false) {
    for (const s of options.schedules ?? SCHEDULES)
      if (HANDLERS[s.queue]) await boss.schedule(policies[s.queue].name, s.cron, {}, { tz: "UTC" });
  }

  return {
    boss,
    stop: (graceMs = 30_000) => boss.stop({ graceful: true, timeout: graceMs, wait: true }),
  };
}
