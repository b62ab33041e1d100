// Every queue Chartpath runs on pg-boss (docs/decisions/0011-job-queue.md), with its retry
// policy, and every schedule. One list, read by the installer (lib/queue/install.ts), the
// senders (lib/queue/enqueue.ts) and the worker (lib/jobs/worker.ts), so a queue's policy
// cannot differ between the process that sends a job and the one that runs it.

export const QUEUE_SCHEMA = "pgboss";

export interface QueuePolicy {
  name: string;
  /** Attempts after the first. */
  retryLimit: number;
  /** Seconds before the first retry; with backoff each retry waits about twice as long. */
  retryDelay: number;
  retryBackoff: boolean;
  /** An attempt still active after this long (its worker died) is failed and retried. */
  expireInSeconds: number;
  deadLetter?: string;
}

const num = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

/**
 * JOBS_RETRY_DELAY_SECONDS and JOBS_EXPIRE_SECONDS exist so the fault tests can run a ten-minute
 * outage in seconds; production keeps the defaults: 8 retries from 30 s doubling cover about
 * two hours of SMTP trouble, and 2 minutes is well past the SMTP timeouts (lib/email/smtp.ts).
 */
export function queuePolicies(env: NodeJS.ProcessEnv = process.env) {
  const retryDelay = num(env.JOBS_RETRY_DELAY_SECONDS, 30);
  const expireInSeconds = num(env.JOBS_EXPIRE_SECONDS, 120);
  const scheduled = { retryLimit: 3, retryDelay, retryBackoff: true, expireInSeconds: Math.max(expireInSeconds, 60) * 5 };
  return {
    emailDelivery: {
      name: "email-delivery",
      retryLimit: 8,
      retryDelay,
      retryBackoff: true,
      expireInSeconds,
      deadLetter: "email-dead-letter",
    },
    emailDeadLetter: { name: "email-dead-letter", retryLimit: 3, retryDelay, retryBackoff: true, expireInSeconds },
    followUpReminders: { name: "follow-up-reminders", ...scheduled },
    advisorDigest: { name: "advisor-digest", ...scheduled },
    learnerSummary: { name: "learner-summary", ...scheduled },
    purge: { name: "purge", ...scheduled },
    graduateSurveys: { name: "graduate-surveys", ...scheduled },
  } satisfies Record<string, QueuePolicy>;
}

export type QueueKey = keyof ReturnType<typeof queuePolicies>;

/** Cron in UTC. pg-boss creates one job per schedule per minute however many workers run. */
export const SCHEDULES: { queue: QueueKey; cron: string; why: string }[] = [
  { queue: "followUpReminders", cron: "*/15 * * * *", why: "follow-ups due today, within a quarter hour of the day starting" },
  { queue: "advisorDigest", cron: "0 12 * * 1", why: "Monday 12:00 UTC: morning in every US time zone" },
  { queue: "learnerSummary", cron: "0 13 * * 1", why: "Monday 13:00 UTC" },
  { queue: "purge", cron: "23 3 * * *", why: "daily, at a quiet hour" },
  { queue: "graduateSurveys", cron: "0 15 * * *", why: "daily 15:00 UTC: graduate surveys and reminders arrive in US daytime" },
];
