// Earlier releases kept the embedded database in <dataDir>/pglite (PGlite). On the first start
// of this release its data moves into the PostgreSQL server: pg_dump (PGlite's own WASM build,
// @electric-sql/pglite-tools) → one simple-protocol batch, which Postgres runs as a single
// transaction, so a failure leaves the new database empty. The old folder is renamed only
// after every table's rows compare equal, and is kept as a backup.
import { existsSync, renameSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { EmbeddedDbError } from "./errors";

interface Source {
  query<T>(sql: string): Promise<{ rows: T[] }>;
}

const TABLES = `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;

/** Row count and a digest of every row's text, per table: equal digests mean equal data. */
async function fingerprint(db: Source): Promise<Map<string, string>> {
  await db.query("SET TimeZone = 'UTC'");
  const { rows } = await db.query<{ tablename: string }>(TABLES);
  const out = new Map<string, string>();
  for (const { tablename } of rows) {
    const t = `"${tablename.replaceAll('"', '""')}"`;
    const {
      rows: [r],
    } = await db.query<{ n: number; digest: string | null }>(
      `SELECT count(*)::int AS n, md5(string_agg(x::text, E'\\n' ORDER BY x::text COLLATE "C")) AS digest FROM ${t} x`,
    );
    out.set(tablename, `${r?.n ?? 0}:${r?.digest ?? ""}`);
  }
  return out;
}

function sameData(a: Map<string, string>, b: Map<string, string>): boolean {
  return a.size === b.size && [...a].every(([table, print]) => b.get(table) === print);
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export const PGLITE_BACKUP = "pglite-before-upgrade";

export async function upgradeFromPglite(dataDir: string, targetUrl: string, log: (m: string) => void): Promise<void> {
  const folder = path.join(dataDir, "pglite");
  if (!existsSync(path.join(folder, "PG_VERSION"))) return;
  log(`found a database from an earlier release in ${folder}: moving its data into PostgreSQL …`);
  const { PGlite } = await import("@electric-sql/pglite");
  const { pgDump } = await import("@electric-sql/pglite-tools/pg_dump");
  const source = await PGlite.create(folder);
  try {
    const before = await fingerprint(source);
    await withClient(targetUrl, async (target) => {
      const existing = await fingerprint(target);
      if (existing.size === 0) {
        // INSERTs rather than COPY: the batch runs over the simple protocol with no stdin.
        const dump = await pgDump({ pg: source, args: ["--inserts", "--no-owner", "--no-privileges"] });
        await target.query(await dump.text());
        // The dump clears search_path for its own statements; later statements need it back.
        await target.query("RESET search_path");
      }
      const after = await fingerprint(target);
      if (!sameData(before, after)) {
        throw new EmbeddedDbError(
          existing.size === 0
            ? `Moving ${folder} into PostgreSQL did not copy every row; nothing was changed and the old folder is untouched.`
            : `Both ${folder} (an earlier release's database) and a PostgreSQL database with different data exist in ${dataDir}. Move one of them away, then start again.`,
        );
      }
    });
    const rows = [...before.values()].reduce((sum, print) => sum + Number(print.split(":")[0]), 0);
    await source.close();
    const backup = path.join(dataDir, `${PGLITE_BACKUP}-${new Date().toISOString().slice(0, 10)}`);
    renameSync(folder, existsSync(backup) ? `${backup}-${Date.now()}` : backup);
    log(
      `moved ${rows} rows in ${before.size} tables from ${folder} into PostgreSQL and verified them; the old folder is kept as ${backup} (delete it when you no longer need it)`,
    );
  } finally {
    if (!source.closed) await source.close();
  }
}
