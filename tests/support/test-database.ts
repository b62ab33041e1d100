// Test database plumbing: refuses non-local databases and creates a database per vitest
// worker from a migrated template, on a local Postgres or the embedded PostgreSQL server.
import pg from "pg";
import { runMigrations } from "../../lib/migrations/run-migrations";

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

export function assertLocalDatabase(url: string): void {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host) && process.env.ALLOW_NONLOCAL_TEST_DB !== "1") {
    throw new Error(`Refusing to run tests against non-local database host "${host}"`);
  }
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

// A prefix per checkout lets parallel runs (e.g. two worktrees) share one Postgres server.
export const DB_PREFIX = (process.env.TEST_DB_PREFIX ?? "chartpath_test").replace(/[^a-z0-9_]/gi, "");
export const TEMPLATE_DB = `${DB_PREFIX}_template`;

async function admin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Global setup: (re)create and migrate the template once per run. */
export async function prepareTemplate(baseUrl: string): Promise<void> {
  assertLocalDatabase(baseUrl);
  await admin(baseUrl, async (c) => {
    const { rows } = await c.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${DB_PREFIX}\\_%`]);
    for (const r of rows) await c.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${TEMPLATE_DB}"`);
  });
  await runMigrations(withDatabase(baseUrl, TEMPLATE_DB));
}

/** Per worker: a private copy of the template. */
export async function workerDatabaseUrl(baseUrl: string, workerId: string): Promise<string> {
  const name = `${DB_PREFIX}_w${workerId}`;
  await admin(baseUrl, async (c) => {
    const { rowCount } = await c.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]);
    if (!rowCount) await c.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DB}"`);
  });
  return withDatabase(baseUrl, name);
}

/** Empties every application table and the job queue (keeps the migrations record). */
export async function truncateAll(url: string): Promise<void> {
  await admin(url, async (c) => {
    const { rows } = await c.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    );
    if (rows.length) await c.query(`TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
    // Queued jobs belong to the rows just emptied; schedules and queue policies stay.
    await c.query(`TRUNCATE pgboss.job, pgboss.archive`);
  });
}

export function baseTestUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is not set: run integration tests through `npm test`, or set it to a local Postgres URL");
  return url;
}
