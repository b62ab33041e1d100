// `npm run worker`: a job worker process (email delivery, reminders, digests, purge) against
// DATABASE_URL. Run as many as you like next to the app instances: pg-boss hands each job to
// one of them and each schedule fires once. SIGTERM/SIGINT: stop taking jobs, finish the
// running ones (up to 30 s), exit. `npm start` runs one of these itself (WORKER=off to skip).
import { startWorker } from "@/lib/jobs/worker";
import { logger } from "@/lib/log";

const log = logger.child({ component: "worker" });

const url = process.env.DATABASE_URL;
if (!url) {
  log.fatal("DATABASE_URL is required");
  process.exit(1);
}

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
