// `npm start` / `npm run dev`: runs Chartpath. Without DATABASE_URL it starts the embedded
// Postgres under .data/, migrates, seeds demo data and serves on PORT (default 3000). It also
// runs the follow-up reminder job on a timer (scripts/reminder-timer.ts).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedDb, type EmbeddedDb } from "./embedded-db";
import { runMigrations } from "../lib/migrations/run-migrations";
import { seedDemo, DEMO_ACCOUNTS } from "../prisma/seed-demo";
import { buildIfNeeded } from "./build-if-needed";
import { startReminderTimer } from "./reminder-timer";
import { withServerNodeOptions, withSocketAddressHeader } from "./server-node-options";
import { mailTransportProblem } from "../lib/env";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const dataDir = path.resolve(process.env.CHARTPATH_DATA_DIR ?? ".data");
const truthy = (v: string | undefined) => v === "1" || v === "true";

function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

/** Production without a mail transport would keep working links nowhere useful: refuse (lib/env.ts). */
function refuseWithoutMailTransport(env: NodeJS.ProcessEnv): boolean {
  const problem = mailTransportProblem({ production: !dev, DEMO_MODE: truthy(env.DEMO_MODE), SMTP_URL: env.SMTP_URL, EMAIL_OUTBOX: env.EMAIL_OUTBOX });
  if (problem) console.error(`[chartpath] ${problem}`);
  return !!problem;
}

async function main() {
  let embedded: EmbeddedDb | undefined;
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1" };
  if (!process.env.DATABASE_URL) {
    console.log(`[chartpath] starting the embedded database in ${path.relative(process.cwd(), dataDir) || "."}/pglite …`);
    embedded = await startEmbeddedDb(dataDir);
    env.DATABASE_URL = embedded.url;
    env.DEMO_MODE = "true";
    env.SEED_DEMO ??= "true";
  }
  env.AUTH_SECRET = authSecret();

  let stopReminders = () => {};
  const stopAll = async (code: number) => {
    stopReminders();
    await embedded?.stop();
    process.exit(code);
  };

  if (refuseWithoutMailTransport(env)) return stopAll(1);

  try {
    const { applied } = await runMigrations(env.DATABASE_URL!);
    console.log(`[chartpath] database migrated (${applied.length} new migration${applied.length === 1 ? "" : "s"})`);
    if (truthy(env.SEED_DEMO)) await seedDemo(env.DATABASE_URL!);
  } catch (error) {
    console.error(`[chartpath] ${(error as Error).message}`);
    return stopAll(1);
  }

  if (!dev) {
    const status = buildIfNeeded(env);
    if (status !== 0) return stopAll(status);
  }

  const child = spawn("node_modules/.bin/next", [dev ? "dev" : "start", "-p", String(port)], { stdio: "inherit", env: dev ? withSocketAddressHeader(env) : withServerNodeOptions(env) });
  stopReminders = startReminderTimer(env);
  if (truthy(env.SEED_DEMO)) {
    console.log(`\n[chartpath] http://localhost:${port} — demo accounts (password: ${DEMO_ACCOUNTS.password}):`);
    for (const a of DEMO_ACCOUNTS.users) console.log(`  ${a.role.padEnd(14)} ${a.email}`);
    console.log("");
  }
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => child.kill(signal));
  }
  child.on("exit", (code) => void stopAll(code ?? 0));
}

void main();
