// The daily purge (the "purge" job): expired links, old outbox rows and ended throttle and
// rate-limit windows. A system job: it acts for no user and runs only from the worker. Each
// delete is bounded per statement and repeated, so a large backlog never holds one long lock.
import "server-only";
import { db } from "@/lib/db";
import { OUTBOX_RETENTION_DAYS } from "@/lib/email/send-email";
import { ENROLLMENT_RETENTION_YEARS } from "@/lib/domain/enrollment-changes";

const DAY = 86_400_000;
const BATCH = 5_000;
/** Used or expired sign-up and reset links are kept a week (support questions), then go. */
export const TOKEN_RETENTION_DAYS = 7;
/** Sign-in throttles and mail windows last at most a day; a week-old row is certainly over. */
export const WINDOW_RETENTION_DAYS = 7;
/** Weekly-email records: the newest per person and kind is what next week's digest compares with. */
export const WEEKLY_EMAIL_RETENTION_DAYS = 56;

async function repeat(run: () => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await run();
    total += n;
    if (n < BATCH) return total;
  }
}

export interface PurgeResult {
  resetTokens: number;
  signUpRequests: number;
  outbox: number;
  throttles: number;
  rateWindows: number;
  weeklyEmails: number;
  enrollments: number;
}

export async function purgeExpired(now: Date = new Date()): Promise<PurgeResult> {
  const tokensBefore = new Date(now.getTime() - TOKEN_RETENTION_DAYS * DAY);
  const outboxBefore = new Date(now.getTime() - OUTBOX_RETENTION_DAYS * DAY);
  const windowsBefore = new Date(now.getTime() - WINDOW_RETENTION_DAYS * DAY);
  const weeklyBefore = new Date(now.getTime() - WEEKLY_EMAIL_RETENTION_DAYS * DAY);
  const enrollmentsBefore = new Date(Date.UTC(now.getUTCFullYear() - ENROLLMENT_RETENTION_YEARS, now.getUTCMonth(), now.getUTCDate()));
  return {
    resetTokens: await repeat(
      () => db.$executeRaw`DELETE FROM "PasswordResetToken" WHERE "id" IN (SELECT "id" FROM "PasswordResetToken"
        WHERE "expiresAt" < ${tokensBefore} OR "usedAt" < ${tokensBefore} LIMIT ${BATCH})`,
    ),
    signUpRequests: await repeat(
      () => db.$executeRaw`DELETE FROM "SignUpRequest" WHERE "id" IN (SELECT "id" FROM "SignUpRequest"
        WHERE "expiresAt" < ${tokensBefore} OR "usedAt" < ${tokensBefore} LIMIT ${BATCH})`,
    ),
    // A queued message is never purged: it still has a delivery to make (or to give up).
    outbox: await repeat(
      () => db.$executeRaw`DELETE FROM "EmailOutbox" WHERE "id" IN (SELECT "id" FROM "EmailOutbox"
        WHERE "createdAt" < ${outboxBefore} AND "status" <> 'QUEUED' LIMIT ${BATCH})`,
    ),
    throttles: await repeat(
      () => db.$executeRaw`DELETE FROM "SignInThrottle" WHERE "key" IN (SELECT "key" FROM "SignInThrottle"
        WHERE "windowStart" < ${windowsBefore} AND ("lockedUntil" IS NULL OR "lockedUntil" < ${now}) LIMIT ${BATCH})`,
    ),
    rateWindows: await repeat(
      () => db.$executeRaw`DELETE FROM "RateLimitWindow" WHERE "key" IN (SELECT "key" FROM "RateLimitWindow"
        WHERE "windowStart" < ${windowsBefore} LIMIT ${BATCH})`,
    ),
    // Never a person's newest record of a kind, however old: an advisor back from an opt-out
    // is compared with the last week Chartpath recorded for them.
    weeklyEmails: await repeat(
      () => db.$executeRaw`DELETE FROM "WeeklyEmail" WHERE "id" IN (SELECT w."id" FROM "WeeklyEmail" w
        WHERE w."weekOf" < ${weeklyBefore} AND EXISTS (SELECT 1 FROM "WeeklyEmail" n
          WHERE n."userId" = w."userId" AND n."kind" = w."kind" AND n."weekOf" > w."weekOf") LIMIT ${BATCH})`,
    ),
    // What the consent screen promises: an ended enrollment goes ENROLLMENT_RETENTION_YEARS after it ended.
    enrollments: await repeat(
      () => db.$executeRaw`DELETE FROM "Enrollment" WHERE "id" IN (SELECT "id" FROM "Enrollment"
        WHERE COALESCE("completedOn", "withdrawnOn", "transferredOn") < ${enrollmentsBefore} LIMIT ${BATCH})`,
    ),
  };
}
