// Verifies email + password for the Credentials provider, with throttling per account and
// per IP, the same answer (and similar timing) for unknown emails and wrong passwords.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { audit } from "@/lib/auth/audit";
import { burnPasswordCheck, verifyPassword } from "@/lib/auth/password";
import { clearThrottle, lockedUntil, recordFailure, throttleKey } from "@/lib/auth/throttle";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).email("Enter a valid email address"),
  password: z.string().min(1, "Enter your password").max(1024),
});

export type AuthenticateResult =
  { ok: true; user: { id: string; sessionVersion: number } } | { ok: false; reason: "invalid" | "throttled"; retryAt?: Date };

export async function authenticate(input: unknown, ip: string): Promise<AuthenticateResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  const locked = await lockedUntil([throttleKey("email", email), throttleKey("ip", ip)]);
  if (locked) {
    await audit({ action: "auth.sign_in_throttled", ip, metadata: { email } });
    return { ok: false, reason: "throttled", retryAt: locked };
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, sessionVersion: true, password: { select: { hash: true } } },
  });
  const valid = user?.password ? await verifyPassword(user.password.hash, password) : (await burnPasswordCheck(password), false);
  if (!user || !valid) {
    await Promise.all([recordFailure("email", email), recordFailure("ip", ip)]);
    await audit({ action: "auth.sign_in_failed", actorId: user?.id ?? null, ip });
    return { ok: false, reason: "invalid" };
  }
  await clearThrottle("email", email);
  // Signing in counts as activity for the advisor roster's "no recent activity" flag.
  await db.user.update({ where: { id: user.id }, data: { lastActiveAt: new Date() } });
  await audit({ action: "auth.sign_in", actorId: user.id, ip });
  return { ok: true, user: { id: user.id, sessionVersion: user.sessionVersion } };
}
