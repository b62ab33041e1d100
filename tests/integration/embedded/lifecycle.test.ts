// The embedded server's lifecycle under the faults a newcomer's machine produces: restarts,
// a SIGKILLed postgres mid-write, a second start on the same folder, a postmaster left
// running, a stale pid file, a taken port and an unwritable folder.
import { afterEach, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { EmbeddedDbError, startEmbeddedDb, type EmbeddedDb } from "../../../scripts/embedded-db";

const dir = path.resolve(`.data/test-embedded-lifecycle-${process.pid}`);
const started: EmbeddedDb[] = [];

async function start(options: Parameters<typeof startEmbeddedDb>[1] = {}): Promise<EmbeddedDb> {
  const db = await startEmbeddedDb(dir, { quiet: true, lockWaitMs: 200, ...options });
  started.push(db);
  return db;
}

async function sql<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text, values)).rows;
  } finally {
    await c.end();
  }
}

const exited = (db: EmbeddedDb) =>
  new Promise<void>((r) => (db.process.exitCode !== null || db.process.signalCode !== null ? r() : db.process.once("exit", () => r())));

afterEach(async () => {
  for (const db of started.splice(0)) await db.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("embedded PostgreSQL lifecycle", () => {
  it("keeps every row across a clean restart, and requires the password", async () => {
    let db = await start();
    await sql(db.url, "CREATE TABLE kept (n int)");
    await sql(db.url, "INSERT INTO kept SELECT generate_series(1, 500)");
    await db.stop();
    db = await start();
    expect(await sql(db.url, "SELECT count(*)::int AS n FROM kept")).toEqual([{ n: 500 }]);
    const wrongPassword = db.url.replace(/:[^:@/]+@/, ":not-the-password@");
    await expect(sql(wrongPassword, "SELECT 1")).rejects.toThrow(/password authentication failed/);
  }, 60_000);

  it("keeps every acknowledged write when postgres is SIGKILLed mid-write", async () => {
    let db = await start();
    await sql(db.url, "CREATE TABLE acked (n int PRIMARY KEY)");
    const pool = new pg.Pool({ connectionString: db.url, max: 4 });
    pool.on("error", () => undefined);
    const acknowledged: number[] = [];
    let next = 0;
    const writers = Array.from({ length: 4 }, async () => {
      for (;;) {
        const n = next++;
        try {
          await pool.query("INSERT INTO acked VALUES ($1)", [n]);
          acknowledged.push(n);
        } catch {
          return;
        }
      }
    });
    await new Promise((r) => setTimeout(r, 700));
    db.process.kill("SIGKILL");
    await Promise.all(writers);
    await pool.end().catch(() => undefined);
    await db.stop(); // what start.ts does when postgres dies: release the folder
    started.splice(started.indexOf(db), 1);
    expect(acknowledged.length).toBeGreaterThan(20);
    db = await start();
    const rows = await sql<{ n: number }>(db.url, "SELECT n FROM acked");
    const present = new Set(rows.map((r) => r.n));
    expect(acknowledged.filter((n) => !present.has(n))).toEqual([]);
  }, 60_000);

  it("refuses a second start on the same folder with a clear message, and leaves the first serving", async () => {
    const first = await start();
    const error = await startEmbeddedDb(dir, { quiet: true, lockWaitMs: 200 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmbeddedDbError);
    expect((error as Error).message).toMatch(/Another Chartpath \(process \d+\) is using the data folder/);
    expect(await sql(first.url, "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
  }, 60_000);

  it("stops a postmaster left running by a start that died, then serves the same data", async () => {
    const orphan = await start();
    await sql(orphan.url, "CREATE TABLE survived (n int); INSERT INTO survived VALUES (7)");
    rmSync(path.join(dir, "chartpath.lock")); // as if the owning process had been SIGKILLed
    const db = await start();
    await exited(orphan);
    expect(await sql(db.url, "SELECT n FROM survived")).toEqual([{ n: 7 }]);
  }, 60_000);

  it("starts over a stale postmaster.pid whose pid now belongs to another process", async () => {
    const db = await start();
    await db.stop();
    const pidFile = path.join(dir, "postgres", "postmaster.pid");
    writeFileSync(pidFile, `${process.pid}\n${path.join(dir, "postgres")}\n`);
    const again = await start();
    expect(await sql(again.url, "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
    expect(Number(readFileSync(pidFile, "utf8").split("\n")[0])).toBe(again.process.pid);
  }, 60_000);

  it("says the port is taken when a fixed port is in use", async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, "127.0.0.1", () => r()));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      await expect(start({ port })).rejects.toThrow(/did not start: its port is taken/);
      expect(existsSync(path.join(dir, "chartpath.lock"))).toBe(false);
    } finally {
      blocker.close();
    }
  }, 60_000);

  it("says the data folder is not writable", async () => {
    // Root may write anywhere it can name, so the folder is made impossible: under a file.
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "a-file"), "");
    const target = path.join(dir, "a-file", "data");
    const error = await startEmbeddedDb(target, { quiet: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmbeddedDbError);
    expect((error as Error).message).toContain(`Cannot write to the data folder ${target} (ENOTDIR)`);
  });
});
