// The app's one Prisma client per process (kept on globalThis so dev reloads reuse it).
// Secrets (hashes) are omitted from every query unless explicitly selected.
import "server-only";
import { env } from "@/lib/env";
import { createPrismaClient, type Db } from "@/lib/prisma-client";

export type { Db };

const globalForDb = globalThis as unknown as { chartpathDb?: Db };

function getDb(): Db {
  if (!globalForDb.chartpathDb) {
    const e = env();
    globalForDb.chartpathDb = createPrismaClient(e.DATABASE_URL, e.DB_POOL_MAX);
  }
  return globalForDb.chartpathDb;
}

/** Lazily connected so importing this module during `next build` needs no database. */
export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const client = getDb();
    const value = Reflect.get(client, prop, client) as unknown;
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(client) : value;
  },
});
