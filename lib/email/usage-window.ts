// Usage windows for mail quotas (program, inviter and outbound mail rate limits), kept in Postgres (so they hold across app instances): a usage counter per key
// in a fixed window. Meant to run inside the caller's transaction: lockUsage locks the rows
// until it commits, so concurrent requests on one key queue instead of both passing, and a
// request that is refused (or fails later) rolls its usage back with everything else.
import "server-only";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/prisma-client";

export interface Usage {
  used: number;
  resetsAt: Date;
}

// Timestamps go in and out as UTC ISO text so the session's time zone never matters.
const iso = (d: Date) => d.toISOString();

/** Locks the keys' rows (creating them) and returns each key's usage in its current window. */
export async function lockUsage(tx: Tx, keys: string[], windowMs: number, now = new Date()): Promise<Map<string, Usage>> {
  // One lock order for every request, so two requests sharing keys cannot deadlock.
  const sorted = [...new Set(keys)].sort();
  await tx.$executeRaw`INSERT INTO "RateLimitWindow" ("key", "used", "windowStart")
    SELECT k, 0, ${iso(now)}::timestamp FROM unnest(${sorted}::text[]) AS k ORDER BY k ON CONFLICT ("key") DO NOTHING`;
  const rows = await tx.$queryRaw<{ key: string; used: number; windowStart: Date }[]>`
    SELECT "key", "used", "windowStart" FROM "RateLimitWindow" WHERE "key" = ANY(${sorted}::text[]) ORDER BY "key" FOR UPDATE`;
  return new Map(
    rows.map((r) => {
      const ended = r.windowStart.getTime() + windowMs <= now.getTime();
      return [
        r.key,
        ended
          ? { used: 0, resetsAt: new Date(now.getTime() + windowMs) }
          : { used: r.used, resetsAt: new Date(r.windowStart.getTime() + windowMs) },
      ];
    }),
  );
}

/** Adds usage to keys locked by lockUsage in the same transaction (restarting ended windows). */
export async function addUsage(tx: Tx, amounts: Map<string, number>, windowMs: number, now = new Date()): Promise<void> {
  if (amounts.size === 0) return;
  const keys = [...amounts.keys()];
  const counts = keys.map((k) => amounts.get(k)!);
  const cutoff = new Date(now.getTime() - windowMs);
  await tx.$executeRaw`UPDATE "RateLimitWindow" AS r SET
      "used" = CASE WHEN r."windowStart" <= ${iso(cutoff)}::timestamp THEN u.n ELSE r."used" + u.n END,
      "windowStart" = CASE WHEN r."windowStart" <= ${iso(cutoff)}::timestamp THEN ${iso(now)}::timestamp ELSE r."windowStart" END
    FROM unnest(${keys}::text[], ${counts}::int[]) AS u(k, n) WHERE r."key" = u.k`;
}

/** Deletes windows that ended long ago (outside any request's transaction; skips rows in use). */
export async function purgeEndedWindows(olderThanMs: number, now = new Date()): Promise<void> {
  await db.$executeRaw`DELETE FROM "RateLimitWindow" WHERE "key" IN (
    SELECT "key" FROM "RateLimitWindow" WHERE "windowStart" < ${iso(new Date(now.getTime() - olderThanMs))}::timestamp
    LIMIT 1000 FOR UPDATE SKIP LOCKED)`;
}
