// Account lifecycle: sign-up (confirmed by email), password reset and change, signing out
// everywhere. Answers never reveal whether an email address has an account, and known and
// unknown addresses cost the same work (one statement, one email each).
import "server-only";
import { assertCan } from "@/lib/data/access";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { appUrl } from "@/lib/env";
import { audit } from "@/lib/auth/audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { clearThrottle, lockedUntil, recordFailure, throttleKey } from "@/lib/auth/throttle";
import { accountMailLimits, signUpResendLimit, takeMailQuota } from "@/lib/email/mail-quota";
import { generateToken, hashToken } from "@/lib/auth/tokens";
import type { CurrentUser } from "@/lib/auth/current-user";
import { sendEmail } from "@/lib/email/send-email";
import {
  alreadyRegisteredEmail,
  confirmSignUpEmail,
  noSignUpWaitingEmail,
  passwordChangedEmail,
  resetNoAccountEmail,
  resetPasswordEmail,
} from "@/lib/email/templates";
import { UserInputError } from "@/lib/data/errors";

const TOO_MANY_GUESSES = "Too many wrong passwords. Wait 15 minutes, or reset your password.";
const SIGN_UP_TTL_MS = 24 * 60 * 60 * 1000;
const RESET_TTL_MS = 60 * 60 * 1000;

/** `ip` is the requester's (lib/auth/client-ip.ts): mail is limited per address and per IP. */
export async function requestSignUp(input: { name: string; email: string; password: string }, ip: string): Promise<void> {
  // Hash first on both paths so timing does not tell new and existing addresses apart.
  const passwordHash = await hashPassword(input.password);
  if (!(await takeMailQuota(accountMailLimits(input.email, ip)))) return;
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) {
    await sendEmail(alreadyRegisteredEmail(input.email, `${appUrl()}/sign-in`, `${appUrl()}/forgot-password`));
    return;
  }
  const { token, tokenHash } = generateToken();
  await db.$transaction(async (tx) => {
    await tx.signUpRequest.create({
      data: { email: input.email, name: input.name, passwordHash, tokenHash, expiresAt: new Date(Date.now() + SIGN_UP_TTL_MS) },
    });
    await sendEmail(confirmSignUpEmail(input.email, input.name, `${appUrl()}/sign-up/confirm?token=${token}`), tx);
  });
}

/**
 * "Send the link again" on the check-your-email screen: the newest sign-up waiting for this
 * address gets a fresh link (a copy of the request, so the first email's link keeps working
 * too), an address that already has an account gets the same note sign-up sends, any other
 * address a note that nothing is waiting: one email each, and the same answer. "limited" comes
 * only from the asker's own limit (this address from this IP); when the shared per-address
 * limit is reached nothing is sent and the answer is still "sent", so it reveals no one else's mail.
 */
export async function resendSignUp(email: string, ip: string, now: Date = new Date()): Promise<"sent" | "limited"> {
  if (!(await takeMailQuota([signUpResendLimit(email, ip)]))) return "limited";
  if (!(await takeMailQuota(accountMailLimits(email, ip)))) return "sent";
  const [existing, waiting] = await Promise.all([
    db.user.findUnique({ where: { email }, select: { id: true } }),
    db.signUpRequest.findFirst({
      where: { email, usedAt: null, expiresAt: { gt: now } },
      orderBy: { createdAt: "desc" },
      select: { name: true, passwordHash: true },
    }),
  ]);
  if (existing) {
    await sendEmail(alreadyRegisteredEmail(email, `${appUrl()}/sign-in`, `${appUrl()}/forgot-password`));
  } else if (waiting) {
    const { token, tokenHash } = generateToken();
    await db.$transaction(async (tx) => {
      await tx.signUpRequest.create({
        data: {
          email,
          name: waiting.name,
          passwordHash: waiting.passwordHash,
          tokenHash,
          expiresAt: new Date(now.getTime() + SIGN_UP_TTL_MS),
        },
      });
      await sendEmail(confirmSignUpEmail(email, waiting.name, `${appUrl()}/sign-up/confirm?token=${token}`), tx);
    });
  } else {
    await sendEmail(noSignUpWaitingEmail(email, `${appUrl()}/sign-up`));
  }
  return "sent";
}

const INVALID_LINK = "This link is invalid, expired or already used. Request a new one.";

const WRONG_SIGN_UP_PASSWORD = "Enter the password you chose when you signed up. If you did not sign up, ignore the email.";

/**
 * Creates the account, but only for someone who has the link (the inbox) AND knows the
 * password chosen at sign-up: a sign-up someone else started for your address, with their
 * password, cannot become your account by your clicking its link. A wrong password leaves
 * the link usable, so a typo can be retried.
 */
export async function confirmSignUp(token: string, password: string): Promise<{ email: string }> {
  const tokenHash = hashToken(token);
  const request = await db.signUpRequest.findUnique({
    where: { tokenHash },
    select: { id: true, email: true, name: true, passwordHash: true, expiresAt: true, usedAt: true },
  });
  if (!request || request.usedAt || request.expiresAt < new Date()) throw new UserInputError(INVALID_LINK);
  if (!(await verifyPassword(request.passwordHash, password))) {
    throw new UserInputError("Check the highlighted field", { password: [WRONG_SIGN_UP_PASSWORD] });
  }
  return db.$transaction(async (tx) => {
    // Single use even under a double-click: only one transaction can flip usedAt.
    const claimed = await tx.signUpRequest.updateMany({ where: { id: request.id, usedAt: null }, data: { usedAt: new Date() } });
    if (claimed.count !== 1) throw new UserInputError(INVALID_LINK);
    const exists = await tx.user.findUnique({ where: { email: request.email }, select: { id: true } });
    if (exists) return { email: request.email }; // confirmed twice from two requests: account already there
    const user = await tx.user.create({
      data: {
        email: request.email,
        name: request.name,
        password: { create: { hash: request.passwordHash } },
        learnerProfile: { create: {} },
      },
      select: { id: true },
    });
    await tx.auditLog.create({ data: { action: "auth.sign_up", actorId: user.id } });
    return { email: request.email };
  });
}

export async function requestPasswordReset(email: string, ip: string): Promise<void> {
  if (!(await takeMailQuota(accountMailLimits(email, ip)))) return;
  const { token, tokenHash } = generateToken();
  // Lookup and insert in one statement, so a known and an unknown address run the same query;
  // both then send one email (the unknown one says no account uses the address).
  await db.$transaction(async (tx) => {
    const [created] = await tx.$queryRaw<{ userId: string }[]>`
      INSERT INTO "PasswordResetToken" ("id", "userId", "tokenHash", "expiresAt")
      SELECT ${randomUUID()}, u."id", ${tokenHash}, ${new Date(Date.now() + RESET_TTL_MS)}::timestamp(3)
      FROM "User" u WHERE u."email" = ${email}
      RETURNING "userId"`;
    await sendEmail(
      created ? resetPasswordEmail(email, `${appUrl()}/reset-password?token=${token}`) : resetNoAccountEmail(email, `${appUrl()}/sign-up`),
      tx,
    );
  });
}

export async function isResetTokenUsable(token: string): Promise<boolean> {
  const row = await db.passwordResetToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { usedAt: true, expiresAt: true } });
  return !!row && !row.usedAt && row.expiresAt > new Date();
}

export async function resetPassword(token: string, newPassword: string): Promise<void> {
  const hash = await hashPassword(newPassword);
  const user = await db.$transaction(async (tx) => {
    const row = await tx.passwordResetToken.findUnique({
      where: { tokenHash: hashToken(token) },
      select: { id: true, userId: true, usedAt: true, expiresAt: true },
    });
    if (!row || row.usedAt || row.expiresAt < new Date()) throw new UserInputError(INVALID_LINK);
    const claimed = await tx.passwordResetToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: new Date() } });
    if (claimed.count !== 1) throw new UserInputError(INVALID_LINK);
    // Other outstanding reset links die with this one.
    await tx.passwordResetToken.updateMany({ where: { userId: row.userId, usedAt: null }, data: { usedAt: new Date() } });
    await tx.password.upsert({ where: { userId: row.userId }, update: { hash }, create: { userId: row.userId, hash } });
    const user = await tx.user.update({ where: { id: row.userId }, data: { sessionVersion: { increment: 1 } }, select: { email: true } });
    // A calendar link made by whoever had the account before the reset stops working too.
    await tx.calendarFeed.deleteMany({ where: { userId: row.userId } });
    return { id: row.userId, email: user.email };
  });
  // Proving the inbox lifts the sign-in lock, as the throttle message promises.
  await clearThrottle("email", user.email);
  await audit({ action: "auth.password_reset", actorId: user.id });
}

export async function changePassword(actor: CurrentUser, currentPassword: string, newPassword: string): Promise<void> {
  assertCan(actor, "update:account:own");
  // The same counter as sign-in: a stolen session gets no extra guesses at the password.
  if (await lockedUntil([throttleKey("email", actor.email)])) {
    throw new UserInputError(TOO_MANY_GUESSES, { currentPassword: [TOO_MANY_GUESSES] });
  }
  const row = await db.password.findUnique({ where: { userId: actor.id }, select: { hash: true } });
  if (!row || !(await verifyPassword(row.hash, currentPassword))) {
    await recordFailure("email", actor.email);
    throw new UserInputError("Check the highlighted field", { currentPassword: ["Your current password is not correct"] });
  }
  const hash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await tx.password.update({ where: { userId: actor.id }, data: { hash } });
    await tx.user.update({ where: { id: actor.id }, data: { sessionVersion: { increment: 1 } } });
    await tx.calendarFeed.deleteMany({ where: { userId: actor.id } }); // as with the other sessions
    await sendEmail(passwordChangedEmail(actor.email), tx);
  });
  await audit({ action: "auth.password_changed", actorId: actor.id });
}

/**
 * Sign-out, from the app's button or Auth.js's own /api/auth/signout alike (Auth.js's signOut
 * event, lib/actions/auth/auth-js.ts): ends every session of the user by bumping the session version.
 * Only a cookie that is still current may do it, so a stale stolen cookie cannot sign the
 * user out of their live sessions.
 */
export async function revokeSessions(userId: string, sessionVersion: number): Promise<void> {
  const bumped = await db.user.updateMany({ where: { id: userId, sessionVersion }, data: { sessionVersion: { increment: 1 } } });
  if (bumped.count === 1) await audit({ action: "auth.sign_out", actorId: userId });
}
