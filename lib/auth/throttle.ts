// Sign-in throttling stored in Postgres (holds across app instances): a fixed 15-minute
// window per key; reaching the limit locks the key for 15 minutes — never permanently.
import "server-only";
import { db } from "@/lib/db";

export const THROTTLE_WINDOW_MINUTES = 15;
export const THROTTLE_LIMITS = {
  /** Wrong passwords for one account (known or unknown alike). */
  email: 10,
  /** Failures from one IP across accounts (password spraying). */
  ip: 50,
} as const;

export type ThrottleKind = keyof typeof THROTTLE_LIMITS;

export function throttleKey(kind: ThrottleKind, value: string): string {
  return `${kind}:${value.toLowerCase()}`;
}

/** Returns when the earliest of the given keys unlocks, or null if none is locked. */
export async function lockedUntil(keys: string[]): Promise<Date | null> {
  const rows = await db.signInThrottle.findMany({
    where: { key: { in: keys }, lockedUntil: { gt: new Date() } },
    select: { lockedUntil: true },
  });
  const times = rows.map((r) => r.lockedUntil!.getTime());
  return times.length ? new Date(Math.max(...times)) : null;
}

/** Counts one failure atomically (a single upsert, safe under concurrent attempts). */
export async function recordFailure(kind: ThrottleKind, value: string): Promise<void> {
  const key = throttleKey(kind, value);
  const limit = THROTTLE_LIMITS[kind];
  const window = `${THROTTLE_WINDOW_MINUTES} minutes`;
  await db.$executeRaw`
    INSERT INTO "SignInThrottle" ("key", "failures", "windowStart", "lockedUntil", "updatedAt")
    VALUES (${key}, 1, now(), CASE WHEN 1 >= ${limit} THEN now() + ${window}::interval ELSE NULL END, now())
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "SignInThrottle"."windowStart" < now() - ${window}::interval THEN 1
                        ELSE "SignInThrottle"."failures" + 1 END,
      "windowStart" = CASE WHEN "SignInThrottle"."windowStart" < now() - ${window}::interval THEN now()
                           ELSE "SignInThrottle"."windowStart" END,
      "lockedUntil" = CASE
        WHEN "SignInThrottle"."windowStart" >= now() - ${window}::interval
             AND "SignInThrottle"."failures" + 1 >= ${limit} THEN now() + ${window}::interval
        ELSE "SignInThrottle"."lockedUntil" END,
      "updatedAt" = now()`;
}

export async function clearThrottle(kind: ThrottleKind, value: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: throttleKey(kind, value) } });
}
