// The embedded default must be as correct under concurrency as production: many pooled
// connections running different statements (different parameter counts, named and unnamed)
// at once each get their own answer. pglite-server failed this: it bound one connection's
// Parse with another connection's Bind ("bind message supplies 2 parameters, but prepared
// statement "" requires 4").
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rmSync } from "node:fs";
import pg from "pg";
import { createPrismaClient } from "@/lib/prisma-client";
import { startEmbeddedDb, type EmbeddedDb } from "../../../scripts/embedded-db";

const dir = `.data/test-embedded-concurrency-${process.pid}`;
let embedded: EmbeddedDb;

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  embedded = await startEmbeddedDb(dir, { quiet: true });
}, 120_000);

afterAll(async () => {
  await embedded?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("embedded database under concurrency", () => {
  it("answers every concurrent statement with its own parameters", async () => {
    const db = createPrismaClient(embedded.url, 8);
    try {
      const jobs = Array.from({ length: 200 }, (_, i) => {
        if (i % 3 === 0) return db.$queryRaw<{ n: number }[]>`SELECT ${i}::int AS n`.then((r) => r[0]!.n);
        if (i % 3 === 1)
          return db.$queryRaw<{ n: number }[]>`SELECT (${i}::int + ${0}::int) AS n, pg_sleep(0.001)::text AS s`.then((r) => r[0]!.n);
        return db.$queryRaw<{ n: number }[]>`SELECT (${i}::int + ${0}::int + ${0}::int + ${0}::int) AS n`.then((r) => r[0]!.n);
      });
      expect(await Promise.all(jobs)).toEqual(Array.from({ length: 200 }, (_, i) => i));
    } finally {
      await db.$disconnect();
    }
  }, 60_000);

  it("keeps each connection's extended-protocol exchange its own", async () => {
    const pool = new pg.Pool({ connectionString: embedded.url, max: 10 });
    try {
      const jobs = Array.from({ length: 400 }, (_, i) => {
        const params = Array.from({ length: 1 + (i % 4) }, (_, k) => (k === 0 ? i : 0));
        const sql = `SELECT (${params.map((_, k) => `$${k + 1}::int`).join(" + ")}) AS n`;
        // Named, as the app prepares them (lib/prisma-client.ts), and inside transactions
        // on some connections while others run bare statements.
        const query = { name: `t${params.length}`, text: sql, values: params };
        if (i % 5 !== 0) return pool.query<{ n: number }>(query).then((r) => r.rows[0]!.n);
        return pool.connect().then(async (c) => {
          try {
            await c.query("BEGIN");
            const r = await c.query<{ n: number }>(query);
            await c.query("COMMIT");
            return r.rows[0]!.n;
          } finally {
            c.release();
          }
        });
      });
      expect(await Promise.all(jobs)).toEqual(Array.from({ length: 400 }, (_, i) => i));
    } finally {
      await pool.end();
    }
  }, 60_000);

  it("runs concurrent transactions on separate sessions", async () => {
    const db = createPrismaClient(embedded.url, 6);
    try {
      const pids = await Promise.all(
        Array.from({ length: 6 }, () =>
          db.$transaction(async (tx) => {
            const [row] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid, pg_sleep(0.2)::text AS s`;
            return row!.pid;
          }),
        ),
      );
      // Real Postgres gives each connection its own backend; PGlite ran them all in one.
      expect(new Set(pids).size).toBe(6);
    } finally {
      await db.$disconnect();
    }
  }, 60_000);
});
