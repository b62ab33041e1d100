// Account lifecycle: sign-up (confirmed by email), password reset and change, signing out
// everywhere. Answers never reveal whether an email address has an account.
import "server-only";
import { db } from "@/lib/db";
import { appUrl } from "@/lib/env";
import { audit } from "@/lib/auth/audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { consumeQuota } from "@/lib/auth/throttle";
import { generateToken, hashToken } from "@/lib/auth/tokens";
import type { CurrentUser } from "@/lib/auth/current-user";
import { sendEmail } from "@/lib/email/send-email";
import { alreadyRegisteredEmail, confirmSignUpEmail, passwordChangedEmail, resetPasswordEmail } from "@/lib/email/templates";
import { AccessDeniedError, UserInputError } from "@/lib/data/errors";
import { hasPermission } from "@/lib/auth/permissions";

const SIGN_UP_TTL_MS = 24 * 60 * 60 * 1000;
const RESET_TTL_MS = 60 * 60 * 1000;

export async function requestSignUp(input: { name: string; email: string; password: string }): Promise<void> {
  // Hash first on both paths so timing does not tell new and existing addresses apart.
  const passwordHash = await hashPassword(input.password);
  if (!(await consumeQuota("mail", input.email))) return;
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) {
    await sendEmail(alreadyRegisteredEmail(input.email, `${appUrl()}/sign-in`, `${appUrl()}/forgot-password`));
    return;
  }
  const { token, tokenHash } = generateToken();
  await db.signUpRequest.create({
    data: { email: input.email, name: input.name, passwordHash, tokenHash, expiresAt: new Date(Date.now() + SIGN_UP_TTL_MS) },
  });
  await sendEmail(confirmSignUpEmail(input.email, input.name, `${appUrl()}/sign-up/confirm?token=${token}`));
}

const INVALID_LINK = "This link is invalid, expired or already used. Request a new one.";

export async function confirmSignUp(token: string): Promise<{ email: string }> {
  const tokenHash = hashToken(token);
  return db.$transaction(async (tx) => {
    const request = await tx.signUpRequest.findUnique({
      where: { tokenHash },
      select: { id: true, email: true, name: true, passwordHash: true, expiresAt: true, usedAt: true },
    });
    if (!request || request.usedAt || request.expiresAt < new Date()) throw new UserInputError(INVALID_LINK);
    // Single use even under a double-click: only one transaction can flip usedAt.
    const claimed = await tx.signUpRequest.updateMany({ where: { id: request.id, usedAt: null }, data: { usedAt: new Date() } });
    if (claimed.count !== 1) throw new UserInputError(INVALID_LINK);
    const exists = await tx.user.findUnique({ where: { email: request.email }, select: { id: true } });
    if (exists) return { email: request.email }; // confirmed twice from two requests: account already there
    const user = await tx.user.create({
      data: {
        email: request.email, name: request.name,
        password: { create: { hash: request.passwordHash } },
        learnerProfile: { create: {} },
      },
      select: { id: true },
    });
    await tx.auditLog.create({ data: { action: "auth.sign_up", actorId: user.id } });
    return { email: request.email };
  });
}

export async function requestPasswordReset(email: string): Promise<void> {
  if (!(await consumeQuota("mail", email))) return;
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) return;
  const { token, tokenHash } = generateToken();
  await db.passwordResetToken.create({ data: { userId: user.id, tokenHash, expiresAt: new Date(Date.now() + RESET_TTL_MS) } });
  await sendEmail(resetPasswordEmail(email, `${appUrl()}/reset-password?token=${token}`));
}

export async function isResetTokenUsable(token: string): Promise<boolean> {
  const row = await db.passwordResetToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { usedAt: true, expiresAt: true } });
  return !!row && !row.usedAt && row.expiresAt > new Date();
}

export async function resetPassword(token: string, newPassword: string): Promise<void> {
  const hash = await hashPassword(newPassword);
  const userId = await db.$transaction(async (tx) => {
    const row = await tx.passwordResetToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, userId: true, usedAt: true, expiresAt: true } });
    if (!row || row.usedAt || row.expiresAt < new Date()) throw new UserInputError(INVALID_LINK);
    const claimed = await tx.passwordResetToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: new Date() } });
    if (claimed.count !== 1) throw new UserInputError(INVALID_LINK);
    // Other outstanding reset links die with this one.
    await tx.passwordResetToken.updateMany({ where: { userId: row.userId, usedAt: null }, data: { usedAt: new Date() } });
    await tx.password.upsert({ where: { userId: row.userId }, update: { hash }, create: { userId: row.userId, hash } });
    await tx.user.update({ where: { id: row.userId }, data: { sessionVersion: { increment: 1 } } });
    return row.userId;
  });
  await audit({ action: "auth.password_reset", actorId: userId });
}

export async function changePassword(actor: CurrentUser, currentPassword: string, newPassword: string): Promise<void> {
  if (!hasPermission(actor, "update:account:own")) throw new AccessDeniedError();
  const row = await db.password.findUnique({ where: { userId: actor.id }, select: { hash: true } });
  if (!row || !(await verifyPassword(row.hash, currentPassword))) {
    throw new UserInputError("Check the highlighted field", { currentPassword: ["Your current password is not correct"] });
  }
  const hash = await hashPassword(newPassword);
  await db.$transaction([
    db.password.update({ where: { userId: actor.id }, data: { hash } }),
    db.user.update({ where: { id: actor.id }, data: { sessionVersion: { increment: 1 } } }),
  ]);
  await audit({ action: "auth.password_changed", actorId: actor.id });
  await sendEmail(passwordChangedEmail(actor.email));
}

/** Ends every session of the user (the JWT's session version stops matching). */
export async function endAllSessions(actor: CurrentUser): Promise<void> {
  await db.user.update({ where: { id: actor.id }, data: { sessionVersion: { increment: 1 } } });
  await audit({ action: "auth.sign_out", actorId: actor.id });
}
