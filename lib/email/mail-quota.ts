// Limits on mail Chartpath sends on someone's request, stored in Postgres (so they hold across
// instances): a fixed window per key, each counted by one atomic upsert (safe under concurrent
// requests); a request may send only if no key is over its limit. Refused requests count too,
// so a flood stays refused until its window ends; nothing locks for longer.
import "server-only";
import { db } from "@/lib/db";

export interface MailLimit {
  /** e.g. "to:ana@example.test", "ip:192.0.2.1" (reusable for "program:<id>", "inviter:<id>"). */
  key: string;
  max: number;
  windowMinutes: number;
}

/** Sign-up and password-reset mail: per recipient address and per client IP. */
export const ACCOUNT_MAIL_LIMITS = {
  perAddress: { max: 5, windowMinutes: 60 },
  perIp: { max: 30, windowMinutes: 60 },
} as const;

export function accountMailLimits(address: string, ip: string): MailLimit[] {
  return [
    { key: `to:${address.toLowerCase()}`, ...ACCOUNT_MAIL_LIMITS.perAddress },
    { key: `ip:${ip}`, ...ACCOUNT_MAIL_LIMITS.perIp },
  ];
}

/** Counts one send against every limit; true when all are still within their maximum. */
export async function takeMailQuota(limits: MailLimit[]): Promise<boolean> {
  let allowed = true;
  for (const limit of limits) {
    const window = `${limit.windowMinutes} minutes`;
    const [row] = await db.$queryRaw<{ count: number }[]>`
      INSERT INTO "MailQuota" ("key", "count", "windowStart") VALUES (${limit.key}, 1, now())
      ON CONFLICT ("key") DO UPDATE SET
        "count" = CASE WHEN "MailQuota"."windowStart" < now() - ${window}::interval THEN 1 ELSE "MailQuota"."count" + 1 END,
        "windowStart" = CASE WHEN "MailQuota"."windowStart" < now() - ${window}::interval THEN now() ELSE "MailQuota"."windowStart" END
      RETURNING "count"`;
    if (!row || row.count > limit.max) allowed = false;
  }
  // Keys whose window ended long ago are dead weight; a bounded batch goes with each send.
  await db.$executeRaw`
    DELETE FROM "MailQuota" WHERE "key" IN (
      SELECT "key" FROM "MailQuota" WHERE "windowStart" < now() - interval '1 day' LIMIT 100)`;
  return allowed;
}
