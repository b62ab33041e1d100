// `npm start` / `npm run dev`: runs Chartpath. Without DATABASE_URL it starts the embedded
// PostgreSQL server under .data/ (scripts/embedded-db), migrates, seeds demo data and serves
// on PORT (default 3000). It also runs one job worker (scripts/worker.ts: email delivery,
// reminders, digests, purge) as a child process; WORKER=off leaves that to `npm run worker`. Stopping (Ctrl-C, SIGTERM, or npm itself dying) stops the
// web server first, then the database.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { EmbeddedDbError, startEmbeddedDb, type EmbeddedDb } from "./embedded-db";
import { parentDeathPrefix } from "./embedded-db/run-as";
import { runMigrations } from "../lib/migrations/run-migrations";
import { seedDemo, DEMO_ACCOUNTS } from "../prisma/seed-demo";
import { buildIfNeeded } from "./build-if-needed";
import { onAncestorExit } from "./parent-watch";
import { withServerNodeOptions, withSocketAddressHeader } from "./server-node-options";
import { mailTransportProblem } from "../lib/env";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const dataDir = path.resolve(process.env.CHARTPATH_DATA_DIR ?? ".data");
const truthy = (v: string | undefined) => v === "1" || v === "true";
const say = (m: string) => console.log(`[chartpath] ${m}`);

function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

/** Production without a mail transport would keep working links nowhere useful: refuse (lib/env.ts). */
function refuseWithoutMailTransport(env: NodeJS.ProcessEnv): boolean {
  const problem = mailTransportProblem({
    production: !dev,
    DEMO_MODE: truthy(env.DEMO_MODE),
    SMTP_URL: env.SMTP_URL,
    EMAIL_OUTBOX: env.EMAIL_OUTBOX,
  });
  if (problem) console.error(`[chartpath] ${problem}`);
  return !!problem;
}

let embedded: EmbeddedDb | undefined;
let web: ChildProcess | undefined;
let worker: ChildProcess | undefined;
let stopping = false;

async function shutdown(code: number, signal: NodeJS.Signals = "SIGTERM"): Promise<never> {
  if (!stopping) {
    stopping = true;
    // The worker finishes its running jobs (up to 30 s) while the web server drains.
    await Promise.all([stopChild(web, signal, 15_000), stopChild(worker, "SIGTERM", 35_000)]);
    await embedded?.stop();
  }
  process.exit(code);
}

async function stopChild(child: ChildProcess | undefined, signal: NodeJS.Signals, graceMs: number) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill(signal);
  await Promise.race([exited, new Promise((r) => setTimeout(r, graceMs))]);
}

function startWorkerProcess(env: NodeJS.ProcessEnv) {
  const [cmd, ...prefix] = [...parentDeathPrefix("TERM"), "node_modules/.bin/tsx"];
  worker = spawn(cmd!, [...prefix, "--conditions=react-server", "scripts/worker.ts"], { stdio: "inherit", env });
  worker.on("exit", (code, signal) => {
    if (stopping) return;
    // Jobs wait safely in Postgres; a new worker picks them up.
    console.error(`[chartpath] the job worker stopped (${signal ?? `exit ${code}`}); restarting it in 5 s`);
    setTimeout(() => !stopping && startWorkerProcess(env), 5_000);
  });
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
  process.on(signal, () => void shutdown(0, signal === "SIGHUP" ? "SIGTERM" : signal));
onAncestorExit(() => {
  say("npm exited; stopping");
  void shutdown(1);
});

async function main() {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1" };
  if (!process.env.DATABASE_URL) {
    const shown = path.relative(process.cwd(), dataDir);
    say(`starting the embedded PostgreSQL in ${shown && !shown.startsWith("..") ? shown : dataDir}/postgres …`);
    const fixedPort = process.env.CHARTPATH_DB_PORT ? Number(process.env.CHARTPATH_DB_PORT) : undefined;
    embedded = await startEmbeddedDb(dataDir, { port: fixedPort });
    say(`embedded PostgreSQL ready on 127.0.0.1:${embedded.port}`);
    embedded.process.once("exit", (code, signal) => {
      if (stopping) return;
      console.error(
        `[chartpath] the embedded PostgreSQL stopped unexpectedly (${signal ?? `exit ${code}`}); see ${path.join(dataDir, "postgres.log")}. Stopping. Start again: PostgreSQL recovers every committed write from its log.`,
      );
      void shutdown(1);
    });
    env.DATABASE_URL = embedded.url;
    env.DEMO_MODE = "true";
    env.SEED_DEMO ??= "true";
  }
  env.AUTH_SECRET = authSecret();
  if (refuseWithoutMailTransport(env)) return shutdown(1);

  const { applied } = await runMigrations(env.DATABASE_URL!);
  say(`database migrated (${applied.length} new migration${applied.length === 1 ? "" : "s"})`);
  if (truthy(env.SEED_DEMO)) await seedDemo(env.DATABASE_URL!);

  if (!dev) {
    const status = buildIfNeeded(env);
    if (status !== 0) return shutdown(status);
  }
  if (stopping) return;
  // The web server also gets a parent-death signal, so it cannot outlive this process.
  const [cmd, ...prefix] = [...parentDeathPrefix("TERM"), "node_modules/.bin/next"];
  web = spawn(cmd!, [...prefix, dev ? "dev" : "start", "-p", String(port)], {
    stdio: "inherit",
    env: dev ? withSocketAddressHeader(env) : withServerNodeOptions(env),
  });
  web.on("exit", (code) => void shutdown(code ?? 0));
  if (env.WORKER !== "off") startWorkerProcess(env);
  if (truthy(env.SEED_DEMO)) {
    console.log(`\n[chartpath] http://localhost:${port} — demo accounts (password: ${DEMO_ACCOUNTS.password}):`);
    for (const a of DEMO_ACCOUNTS.users) console.log(`  ${a.role.padEnd(14)} ${a.email}`);
    console.log("");
  }
}

main().catch((error: unknown) => {
  console.error(`[chartpath] ${error instanceof EmbeddedDbError ? error.message : ((error as Error).stack ?? String(error))}`);
  void shutdown(1);
});
