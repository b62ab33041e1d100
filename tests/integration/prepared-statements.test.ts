// Statements are prepared by name (plans reused per connection) on every database the app
// runs on, the embedded default included: it is a real PostgreSQL server, one session per
// connection, so a name prepared on one connection never collides with another's.
import { afterAll, describe, expect, it } from "vitest";
import { rmSync } from "node:fs";
import { createPrismaClient } from "@/lib/prisma-client";
import { startEmbeddedDb, type EmbeddedDb } from "../../scripts/embedded-db";

let embedded: EmbeddedDb | undefined;
const embeddedDir = `.data/test-prepared-${process.pid}`;

afterAll(async () => {
  await embedded?.stop();
  rmSync(embeddedDir, { recursive: true, force: true });
});

async function namedStatements(url: string): Promise<number> {
  const db = createPrismaClient(url, 1);
  try {
    for (let i = 0; i < 3; i++) await db.$queryRaw`SELECT ${i}::int + 1 AS n`;
    const [row] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_prepared_statements WHERE name LIKE 'cp_%'`;
    return row!.n;
  } finally {
    await db.$disconnect();
  }
}

describe("prepared statements", () => {
  it("are named on the test database", async () => {
    expect(await namedStatements(process.env.DATABASE_URL!)).toBeGreaterThanOrEqual(1);
  });

  it("are named on the embedded database, and several connections run the same statement", async () => {
    embedded = await startEmbeddedDb(embeddedDir, { quiet: true, durable: false });
    expect(await namedStatements(embedded.url)).toBeGreaterThanOrEqual(1);
    const db = createPrismaClient(embedded.url, 4);
    try {
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, i) => db.$queryRaw<{ n: number }[]>`SELECT ${i}::int + 1 AS n, pg_sleep(0.01)::text AS slept`),
      );
      expect(results.map((r) => r[0]!.n)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    } finally {
      await db.$disconnect();
    }
  }, 60_000);
});
