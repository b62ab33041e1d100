// A data folder from the PGlite release is moved into the PostgreSQL server on first start:
// every table's rows arrive (counts and values), the old folder is kept as a backup, and the
// app's migrations then run on the moved data as usual.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { seedDemo } from "@/prisma/seed-demo";
import { readMigrations, runMigrations } from "@/lib/migrations/run-migrations";
import { startEmbeddedDb, type EmbeddedDb } from "../../../scripts/embedded-db";

const dir = path.resolve(`.data/test-pglite-upgrade-${process.pid}`);
const sourceUrl = () => process.env.DATABASE_URL!;
let embedded: EmbeddedDb | undefined;
let source: pg.Client;

// Rows for the tables the demo seed leaves empty, so every table holds data.
const EXTRA_ROWS = `
  INSERT INTO "CeuEntry" (id, "userId", body, "earnedOn", ceus, title) SELECT 'ceu1', id, 'AAPC', '2026-05-01', 1.5, 'Webinar: E/M "updates"' FROM "User" LIMIT 1;
  INSERT INTO "EmailOutbox" (id, "toAddress", subject, "textBody", kind, status) VALUES ('mail1', 'a@example.test', 'Hello', E'line one\\nline ''two''', 'test', 'LOGGED');
  INSERT INTO "PasswordResetToken" (id, "userId", "tokenHash", "expiresAt") SELECT 'prt1', id, 'hash', now() FROM "User" LIMIT 1;
  INSERT INTO "SignInThrottle" (key, failures, "updatedAt") VALUES ('ip:127.0.0.1', 2, now());
  INSERT INTO "RateLimitWindow" (key, used) VALUES ('account-mail:to:a@example.test', 2);
  INSERT INTO "SignUpRequest" (id, email, name, "passwordHash", "tokenHash", "expiresAt") VALUES ('su1', 'b@example.test', 'Zoë Ñandú', 'h', 't', now());
  INSERT INTO "ReportVersion" (scope, version) VALUES ('roster', 3);
  INSERT INTO "CalendarFeed" ("userId", "tokenHash") SELECT id, 'feed-hash' FROM "User" LIMIT 1;
  INSERT INTO "QuarterlyWage" (id, "enrollmentId", quarter, "amountUsd") SELECT 'wage1', id, '2026-Q2', 9100 FROM "Enrollment" LIMIT 1;`;

async function tableNames(c: { query: (s: string) => Promise<{ rows: unknown[] }> }): Promise<string[]> {
  const { rows } = await c.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  return (rows as { tablename: string }[]).map((r) => r.tablename);
}

/** Builds a PGlite folder as the previous release left it: its migrations, then these rows. */
async function buildPgliteFolder(folder: string): Promise<void> {
  mkdirSync(folder, { recursive: true }); // PGlite does not create missing parents
  const lite = await PGlite.create(folder);
  try {
    for (const m of await readMigrations(path.resolve("prisma/migrations"))) await lite.exec(m.sql);
    await lite.exec(`CREATE TABLE "_prisma_migrations" (id VARCHAR(36) PRIMARY KEY, checksum VARCHAR(64) NOT NULL, finished_at TIMESTAMPTZ,
      migration_name VARCHAR(255) NOT NULL, logs TEXT, rolled_back_at TIMESTAMPTZ, started_at TIMESTAMPTZ NOT NULL DEFAULT now(), applied_steps_count INTEGER NOT NULL DEFAULT 0)`);
    await lite.exec("SET session_replication_role = replica"); // copy in any order despite foreign keys
    for (const table of await tableNames(source)) {
      const { rows } = await source.query<{ data: unknown }>(`SELECT coalesce(json_agg(t), '[]') AS data FROM "${table}" t`);
      await lite.query(`INSERT INTO "${table}" SELECT * FROM json_populate_recordset(NULL::"${table}", $1)`, [
        JSON.stringify(rows[0]!.data),
      ]);
    }
  } finally {
    await lite.close();
  }
}

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  source = new pg.Client({ connectionString: sourceUrl() });
  await source.connect();
  await source.query("SET TimeZone = 'UTC'");
});

afterAll(async () => {
  await source?.end();
  await embedded?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("upgrade from a PGlite data folder", () => {
  it("moves every table's rows into PostgreSQL and keeps the old folder", async () => {
    await seedDemo(sourceUrl()); // here, not in beforeAll: the setup empties tables before each test
    await source.query(EXTRA_ROWS);
    const tables = await tableNames(source);
    for (const t of tables) {
      const {
        rows: [r],
      } = await source.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${t}"`);
      expect(r!.n, `${t} has rows to move`).toBeGreaterThan(0);
    }
    await buildPgliteFolder(path.join(dir, "pglite"));

    const messages: string[] = [];
    embedded = await startEmbeddedDb(dir, { log: (m) => messages.push(m) });
    expect(messages.join("\n")).toMatch(/moved \d+ rows in \d+ tables .* and verified them; the old folder is kept as/);
    expect(existsSync(path.join(dir, "pglite"))).toBe(false);
    expect(readdirSync(dir).some((f) => f.startsWith("pglite-before-upgrade-"))).toBe(true);

    const target = new pg.Client({ connectionString: embedded.url });
    await target.connect();
    try {
      await target.query("SET TimeZone = 'UTC'");
      expect(await tableNames(target)).toEqual(tables);
      for (const t of tables) {
        const count = `SELECT count(*)::int AS n FROM "${t}"`;
        expect((await target.query(count)).rows, t).toEqual((await source.query(count)).rows);
      }
      // A sample of values, compared field by field: text with quotes and newlines, accents,
      // floats, dates, timestamps, enums, JSON columns, text arrays (ExperiencePeriod.codeSets).
      const sample = `SELECT (SELECT row_to_json(u) FROM "User" u ORDER BY email LIMIT 1) AS u,
        (SELECT row_to_json(c) FROM "CeuEntry" c WHERE id = 'ceu1') AS c, (SELECT row_to_json(e) FROM "EmailOutbox" e WHERE id = 'mail1') AS e,
        (SELECT row_to_json(s) FROM "SignUpRequest" s) AS s, (SELECT row_to_json(p) FROM "PracticeExam" p ORDER BY id LIMIT 1) AS p,
        (SELECT row_to_json(m) FROM "PlanMilestone" m ORDER BY id LIMIT 1) AS m,
        (SELECT json_agg(x ORDER BY id) FROM "ExperiencePeriod" x) AS x`;
      expect((await target.query(sample)).rows).toEqual((await source.query(sample)).rows);
      // The app's migration runner sees the moved history and has nothing left to apply.
      expect((await runMigrations(embedded.url)).applied).toEqual([]);
    } finally {
      await target.end();
    }
  }, 180_000);
});
