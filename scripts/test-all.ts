// `npm test`: the whole suite — unit, integration against Postgres, e2e in Chromium.
// Uses TEST_DATABASE_URL / DATABASE_URL (a local Postgres) when given, otherwise starts the
// embedded PostgreSQL server, so it passes on a fresh machine with nothing else installed.
// Either way it is one real server: a database per integration worker, one for e2e.
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import pg from "pg";
import { startEmbeddedDb, type EmbeddedDb } from "./embedded-db";
import { assertLocalDatabase, DB_PREFIX, withDatabase } from "../tests/support/test-database";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function run(cmd: string, args: string[], env: Record<string, string | undefined> = {}): number {
  console.log(`\n$ ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function ensureChromium() {
  if (existsSync(chromium)) return;
  if (process.getuid?.() !== 0) {
    console.error(`Chromium not found at ${chromium}. Install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`);
    process.exit(1);
  }
  console.log("[test] installing Chromium from Debian (apt-get install -y chromium) …");
  if (run("apt-get", ["update", "-qq"]) !== 0 || run("apt-get", ["install", "-y", "-qq", "chromium"]) !== 0) process.exit(1);
}

async function freshDatabase(baseUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  return withDatabase(baseUrl, name);
}

async function main() {
  const only = process.argv[2]; // optional: unit | integration | e2e
  ensureChromium();
  let baseUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  let embedded: EmbeddedDb | undefined;
  if (!baseUrl) {
    // A throwaway cluster: no fsync (durability is tested by tests/integration/embedded).
    rmSync(".data/test", { recursive: true, force: true });
    embedded = await startEmbeddedDb(".data/test", { quiet: true, durable: false });
    baseUrl = embedded.urlFor("postgres");
    console.log("[test] no DATABASE_URL: using the embedded PostgreSQL server");
  } else {
    console.log("[test] using the local Postgres for integration and e2e tests");
  }
  assertLocalDatabase(baseUrl);
  const env: Record<string, string | undefined> = {
    TEST_DATABASE_URL: baseUrl,
    E2E_DATABASE_URL: await freshDatabase(baseUrl, `e2e_${DB_PREFIX}`),
  };
  // The e2e server reads only what playwright.config passes; keep a caller's DATABASE_URL out of it.
  env.DATABASE_URL = "";

  let failed = 0;
  try {
    if (!only || only === "unit") failed += run("node_modules/.bin/vitest", ["run", "--project", "unit"], env) ? 1 : 0;
    if (!only || only === "integration") failed += run("node_modules/.bin/vitest", ["run", "--project", "integration"], env) ? 1 : 0;
    if (!only || only === "e2e") failed += run("node_modules/.bin/playwright", ["test"], env) ? 1 : 0;
  } finally {
    await embedded?.stop();
  }
  console.log(failed ? `\n[test] ${failed} suite(s) failed` : "\n[test] all suites passed");
  process.exit(failed ? 1 : 0);
}

void main();
