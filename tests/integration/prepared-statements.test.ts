// Statements are prepared by name on real Postgres (plans reused per connection) and unnamed
// on the embedded database, whose connections share one session: there a name prepared by
// one connection would make the same statement fail on the next.
import { afterAll, describe, expect, it } from "vitest";
import { rmSync } from "node:fs";
import { createPrismaClient } from "@/lib/prisma-client";
import { isEmbeddedDatabaseUrl } from "@/lib/embedded-db-url";
import { startEmbeddedDb, type EmbeddedDb } from "../../scripts/embedded-db";

const url = process.env.DATABASE_URL!;
let embedded: EmbeddedDb | undefined;
const embeddedDir = `.data/test-prepared-${process.pid}`;

afterAll(async () => {
  await embedded?.stop();
  rmSync(embeddedDir, { recursive: true, force: true });
});

describe("prepared statements", () => {
  it("are named on the test database unless it is the embedded one", async () => {
    const db = createPrismaClient(url, 1);
    try {
      for (let i = 0; i < 3; i++) await db.$queryRaw`SELECT ${i}::int + 1 AS n`;
      const [row] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_prepared_statements WHERE name LIKE 'cp_%'`;
      if (isEmbeddedDatabaseUrl(url)) expect(row!.n).toBe(0);
      else expect(row!.n).toBeGreaterThanOrEqual(1);
    } finally {
      await db.$disconnect();
    }
  });

  it("work on the embedded database with several connections running the same statement", async () => {
    embedded = await startEmbeddedDb(embeddedDir, { quiet: true });
    expect(isEmbeddedDatabaseUrl(embedded.url)).toBe(true);
    const db = createPrismaClient(embedded.url, 4);
    try {
      const results = await Promise.all(Array.from({ length: 12 }, (_, i) => db.$queryRaw<{ n: number }[]>`SELECT ${i}::int + 1 AS n, pg_sleep(0.01)::text AS slept`));
      expect(results.map((r) => r[0]!.n)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    } finally {
      await db.$disconnect();
    }
  }, 60_000);
});
