// GET /api/health against the test database: the queue's backlog by state from pg-boss's own
// table (installed with the migrations), "degraded" on a database where pg-boss has no schema,
// 503 "down" (and nothing about the server) when the database cannot be reached.
// /api/health/live stays the plain, database-free "ok".
import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/prisma-client";
import { readHealth } from "@/lib/data/health";
import { GET } from "@/app/api/health/route";
import { GET as live } from "@/app/api/health/live/route";
import { enqueue } from "@/lib/queue/enqueue";
import { baseTestUrl, DB_PREFIX, withDatabase } from "../support/test-database";

const EMPTY_DB = `${DB_PREFIX}_health_empty_${process.env.VITEST_POOL_ID ?? "0"}`;

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: baseTestUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

afterAll(() => admin(`DROP DATABASE IF EXISTS "${EMPTY_DB}" WITH (FORCE)`));

describe("/api/health", () => {
  it("reports the queue's backlog by state and the oldest waiting job's age", async () => {
    await db.$transaction((tx) =>
      enqueue(tx, [
        { queue: "emailDelivery", data: { outboxId: "a" } },
        { queue: "emailDelivery", data: { outboxId: "b" } },
        { queue: "emailDelivery", data: { outboxId: "c" } },
      ]),
    );
    // Age one waiting job, and move two others into states a worker would leave them in.
    await db.$executeRaw`UPDATE pgboss.job SET created_on = now() - interval '90 seconds' WHERE data->>'outboxId' = 'a'`;
    await db.$executeRaw`UPDATE pgboss.job SET state = 'active', started_on = now() WHERE data->>'outboxId' = 'b'`;
    await db.$executeRaw`UPDATE pgboss.job SET state = 'failed', completed_on = now() WHERE data->>'outboxId' = 'c'`;

    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body).toMatchObject({
      status: "ok",
      database: { ok: true },
      queue: { ok: true, schema: true, queued: 1, active: 1, failed: 1 },
    });
    expect(body.database.latencyMs).toBeGreaterThanOrEqual(0);
    expect(body.queue.oldestQueuedSeconds).toBeGreaterThanOrEqual(89);
    expect(body.queue.oldestQueuedSeconds).toBeLessThan(120);
  });

  it("is degraded, not down, on a database where pg-boss has no schema", async () => {
    await admin(`DROP DATABASE IF EXISTS "${EMPTY_DB}" WITH (FORCE)`);
    await admin(`CREATE DATABASE "${EMPTY_DB}"`);
    const empty = createPrismaClient(withDatabase(baseTestUrl(), EMPTY_DB), 1);
    try {
      const health = await readHealth(empty);
      expect(health).toMatchObject({ status: "degraded", database: { ok: true }, queue: { ok: false, schema: false } });
    } finally {
      await empty.$disconnect();
    }
  });

  it("answers down, with nothing about the server, when the database is unreachable", async () => {
    const closed = createPrismaClient("postgresql://chartpath:s3cret@127.0.0.1:9/nowhere", 1);
    try {
      const health = await readHealth(closed);
      expect(health).toMatchObject({ status: "down", database: { ok: false }, queue: { ok: false } });
      const text = JSON.stringify(health);
      for (const leak of ["127.0.0.1", "s3cret", "nowhere", "ECONNREFUSED", "chartpath"]) expect(text).not.toContain(leak);
    } finally {
      await closed.$disconnect();
    }
  });

  it("keeps /api/health/live as the plain liveness answer", async () => {
    const response = live();
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("ok");
  });
});
