// Limits on mail Chartpath sends on someone's request (sign-up, password reset), kept in the
// one Postgres rate-limit store (lib/email/usage-window.ts) that invitation limits use, so they
// hold across instances and concurrent requests on a key queue on its row lock. Refused
// requests count too, so a flood stays refused until its window ends; nothing locks longer.
import "server-only";
import { db } from "@/lib/db";
import { addUsage, lockUsage, purgeEndedWindows } from "@/lib/email/usage-window";

export interface MailLimit {
  /** e.g. "to:ana@example.test", "ip:192.0.2.1". */
  key: string;
  max: number;
  windowMinutes: number;
}

/** Sign-up and password-reset mail: per recipient address and per client IP. */
export const ACCOUNT_MAIL_LIMITS = {
  perAddress: { max: 5, windowMinutes: 60 },
  perIp: { max: 30, windowMinutes: 60 },
} as const;

/**
 * "Send the sign-up link again", per address and asking IP. Only this limit is ever shown to the
 * asker: it counts their own asking, whereas the shared per-address limit above would tell them
 * whether someone else asked for mail to that address this hour.
 */
export const SIGN_UP_RESEND_LIMIT = { max: 3, windowMinutes: 60 } as const;

export function signUpResendLimit(address: string, ip: string): MailLimit {
  return { key: `sign-up-resend:${address.toLowerCase()}:ip:${ip}`, ...SIGN_UP_RESEND_LIMIT };
}

export function accountMailLimits(address: string, ip: string): MailLimit[] {
  return [
    { key: `account-mail:to:${address.toLowerCase()}`, ...ACCOUNT_MAIL_LIMITS.perAddress },
    { key: `account-mail:ip:${ip}`, ...ACCOUNT_MAIL_LIMITS.perIp },
  ];
}

/** Counts one send against every limit; true when all are still within their maximum. */
export async function takeMailQuota(limits: MailLimit[]): Promise<boolean> {
  const byWindow = new Map<number, MailLimit[]>();
  for (const l of limits) byWindow.set(l.windowMinutes * 60_000, [...(byWindow.get(l.windowMinutes * 60_000) ?? []), l]);
  const allowed = await db.$transaction(async (tx) => {
    let ok = true;
    for (const [windowMs, group] of byWindow) {
      const usage = await lockUsage(
        tx,
        group.map((l) => l.key),
        windowMs,
      );
      if (group.some((l) => (usage.get(l.key)?.used ?? 0) + 1 > l.max)) ok = false;
      await addUsage(tx, new Map(group.map((l) => [l.key, 1])), windowMs);
    }
    return ok;
  });
  await purgeEndedWindows(24 * 60 * 60_000); // bounded batch; keys whose window ended long ago
  return allowed;
}
