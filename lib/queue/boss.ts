// pg-boss instances. A worker process starts one (polling, maintenance, cron); every other
// process only needs `sender()`, which never connects on its own: each send runs on the
// caller's transaction (lib/queue/enqueue.ts), so a job exists exactly when the write that
// caused it committed.
import PgBoss from "pg-boss";
import { QUEUE_SCHEMA } from "@/lib/queue/definitions";

export interface WorkerBossOptions {
  /** How often one instance (whichever gets there first) expires dead attempts and archives. */
  maintenanceIntervalSeconds?: number;
  schedule?: boolean;
  /** How often this instance checks schedules; pg-boss lets one instance per check send them. */
  cronCheckSeconds?: number;
}

export function workerBoss(connectionString: string, options: WorkerBossOptions = {}): PgBoss {
  return new PgBoss({
    connectionString,
    schema: QUEUE_SCHEMA,
    application_name: "chartpath-worker",
    max: 4,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 30,
    schedule: options.schedule ?? true,
    ...(options.cronCheckSeconds
      ? { cronMonitorIntervalSeconds: options.cronCheckSeconds, cronWorkerIntervalSeconds: options.cronCheckSeconds }
      : {}),
    // The app's migration runner installs the schema (lib/queue/install.ts); a worker that
    // starts first must not race it.
    migrate: false,
  });
}

let senderInstance: PgBoss | undefined;

/** Builds SQL for jobs; never opens a connection (every call passes the caller's executor). */
export function sender(): PgBoss {
  senderInstance ??= new PgBoss({
    schema: QUEUE_SCHEMA,
    db: {
      executeSql: () => Promise.reject(new Error("pg-boss sender used without a transaction (lib/queue/enqueue.ts)")),
    },
  });
  return senderInstance;
}
