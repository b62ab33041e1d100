// The migration runner records into Prisma's table, is idempotent, and refuses edited files.
import { cpSync, mkdtempSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { readMigrations, runMigrations } from "@/lib/migrations/run-migrations";

describe("migration runner", () => {
  it("has recorded every migration with Prisma's checksum", async () => {
    const files = await readMigrations("prisma/migrations");
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    await client.end();
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(files.map((f) => [f.name, f.checksum]));
    expect(rows.every((r) => r.finished_at)).toBe(true);
  });

  it("re-running applies nothing", async () => {
    const result = await runMigrations(process.env.DATABASE_URL!);
    expect(result.applied).toEqual([]);
  });

  it("refuses a migration edited after it was applied", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "migrations-"));
    cpSync("prisma/migrations", dir, { recursive: true });
    const [first] = await readMigrations(dir);
    appendFileSync(path.join(dir, first!.name, "migration.sql"), "\n-- edited\n");
    await expect(runMigrations(process.env.DATABASE_URL!, dir)).rejects.toThrow(/edited after it was applied/);
  });
});
