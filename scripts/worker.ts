// `npm run worker`: a job worker process (email delivery, reminders, digests, purge) against
// DATABASE_URL. Run as many as you like next to the app instances: pg-boss hands each job to
// one of them and each schedule fires once. SIGTERM/SIGINT: stop taking jobs, finish the
// running ones (up to 30 s), exit. `npm start` runs one of these itself (WORKER=off to skip).
import { isConnectionError, startWorker } from "@/lib/jobs/worker";
import { logger } from "@/lib/log";

const log = logger.child({ component: "worker" });

const url = process.env.DATABASE_URL;
if (!url) {
  log.fatal("DATABASE_URL is required");
  process.exit(1);
}

// pg-boss 10 records a finished batch without awaiting it (manager.js: `this.complete(...)`,
// `this.fail(...)`), so a database that goes away at that moment rejects with nobody listening,
// and Node's default ends the process. Those jobs are safe: unrecorded attempts expire and are
// retried, and every handler runs twice harmlessly. Anything else still ends the process.
process.on("unhandledRejection", (reason) => {
  if (isConnectionError(reason)) {
    log.warn({ err: (reason as Error).message }, "database unavailable; unrecorded jobs will be retried");
    return;
  }
  log.fatal({ err: reason instanceof Error ? reason.stack : String(reason) }, "unhandled rejection");
  process.exit(1);
});

const worker = await startWorker({ connectionString: url, env: process.env });
log.info("started");

let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "finishing running jobs");
    void worker
      .stop(30_000)
      .then(() => process.exit(0))
      .catch(() => process.exit(1));
  });
}
