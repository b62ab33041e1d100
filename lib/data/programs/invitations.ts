// Accepting invitations (single use, expiring, stored hashed, bound to email + org + cohort +
// role; sending them is invitation-sending.ts), join codes, and leaving a cohort. Joining as
// a learner always requires explicit consent.
import "server-only";
import { mirrorSelfReports, openEnrollment } from "@/lib/data/programs/enrollments";
import { invalidateOutcomes } from "@/lib/data/programs/outcomes";
import { invalidateRoster } from "@/lib/data/programs/roster";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { audit } from "@/lib/auth/audit";
import { hashToken } from "@/lib/auth/tokens";
import { assertCan } from "@/lib/data/access";
import { NotFoundError, UserInputError } from "@/lib/data/errors";
import type { Tx } from "@/lib/prisma-client";

const INVALID = "This invitation is invalid, expired or already used. Ask your program for a new one.";

async function findUsable(tx: Tx, token: string) {
  const inv = await tx.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      email: true,
      role: true,
      organizationId: true,
      cohortId: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      organization: { select: { name: true } },
      cohort: { select: { name: true, archivedAt: true } },
    },
  });
  if (!inv || inv.acceptedAt || inv.revokedAt || inv.expiresAt < new Date() || inv.cohort?.archivedAt) return null;
  return inv;
}

/** Public preview for the invitation page (the token holder learns only what the email said). */
export async function previewInvitation(token: string) {
  const inv = await findUsable(db, token);
  if (!inv) return null;
  const hasAccount = !!(await db.user.findUnique({ where: { email: inv.email }, select: { id: true } }));
  return { email: inv.email, role: inv.role, program: inv.organization.name, cohort: inv.cohort?.name ?? null, hasAccount };
}

async function enrol(tx: Tx, userId: string, cohortId: string) {
  await tx.learnerProfile.upsert({ where: { userId }, update: {}, create: { userId } });
  const now = new Date();
  await tx.cohortLearner.upsert({
    where: { cohortId_userId: { cohortId, userId } },
    update: { leftAt: null, consentedAt: now, joinedAt: now },
    create: { cohortId, userId, consentedAt: now, joinedAt: now },
  });
  await openEnrollment(tx, userId, cohortId, now);
  await mirrorSelfReports(tx, userId);
}

export async function acceptInvitation(actor: CurrentUser, token: string, consent: boolean) {
  assertCan(actor, "accept:invitation:own");
  const result = await db.$transaction(async (tx) => {
    const inv = await findUsable(tx, token);
    if (!inv) throw new UserInputError(INVALID);
    if (inv.email !== actor.email)
      throw new UserInputError(`This invitation was sent to a different email address. Sign in with that address to accept it.`);
    if (inv.role === "LEARNER" && !consent)
      throw new UserInputError("Check the highlighted field", { consent: ["Tick the box to agree before joining"] });
    // The claim repeats every condition findUsable read, so a revoke (or expiry) that commits
    // between the read and this write makes it claim nothing instead of joining anyway.
    const now = new Date();
    const claimed = await tx.invitation.updateMany({
      where: { id: inv.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now, acceptedById: actor.id },
    });
    if (claimed.count !== 1) throw new UserInputError(INVALID);
    if (inv.role === "LEARNER") {
      if (inv.cohortId) await enrol(tx, actor.id, inv.cohortId);
      else await tx.learnerProfile.upsert({ where: { userId: actor.id }, update: {}, create: { userId: actor.id } });
    } else {
      const role = inv.role;
      const existing = await tx.membership.findUnique({
        where: { organizationId_userId: { organizationId: inv.organizationId, userId: actor.id } },
        select: { role: true },
      });
      // An invitation never lowers an existing admin to advisor.
      if (!existing) await tx.membership.create({ data: { organizationId: inv.organizationId, userId: actor.id, role } });
      else if (existing.role === "ADVISOR" && role === "ADMIN")
        await tx.membership.update({
          where: { organizationId_userId: { organizationId: inv.organizationId, userId: actor.id } },
          data: { role },
        });
    }
    return inv;
  });
  await invalidateOutcomes(result.organizationId);
  await invalidateRoster();
  await audit({ action: "invitation.accepted", actorId: actor.id, organizationId: result.organizationId, metadata: { role: result.role } });
  return { role: result.role };
}

function normalizeJoinCode(code: string): string {
  return code.trim().toUpperCase().replace(/\s+/g, "");
}

export async function previewJoinCode(code: string) {
  const cohort = await db.cohort.findFirst({
    where: { joinCode: normalizeJoinCode(code), joinCodeEnabled: true, archivedAt: null },
    select: { id: true, name: true, organization: { select: { name: true } } },
  });
  return cohort ? { cohortId: cohort.id, cohort: cohort.name, program: cohort.organization.name } : null;
}

export async function joinWithCode(actor: CurrentUser, code: string, consent: boolean) {
  assertCan(actor, "join:cohort:own");
  const preview = await previewJoinCode(code);
  if (!preview)
    throw new UserInputError("Check the highlighted field", { code: ["This join code is not valid. Check it with your program."] });
  if (!consent) throw new UserInputError("Check the highlighted field", { consent: ["Tick the box to agree before joining"] });
  await db.$transaction((tx) => enrol(tx, actor.id, preview.cohortId));
  await invalidateOutcomes();
  await invalidateRoster();
  await audit({ action: "cohort.joined_with_code", actorId: actor.id, targetType: "cohort", targetId: preview.cohortId });
  return preview;
}

export async function leaveCohort(actor: CurrentUser, cohortId: string) {
  assertCan(actor, "leave:cohort:own");
  await db.$transaction(async (tx) => {
    const left = await tx.cohortLearner.updateMany({ where: { cohortId, userId: actor.id, leftAt: null }, data: { leftAt: new Date() } });
    if (left.count !== 1) throw new NotFoundError();
    // With the leave itself: their data leaves every instance's staff pages on the next request.
    await invalidateOutcomes(undefined, tx);
    await invalidateRoster(tx);
  });
  await audit({ action: "cohort.left", actorId: actor.id, targetType: "cohort", targetId: cohortId });
}

/** Someone invited by email without an account creates one from the invitation page; the
 *  token proves they own the address. Joining still happens only after sign-in and consent. */
export async function createAccountFromInvitation(token: string, input: { name: string; passwordHash: string }) {
  const inv = await findUsable(db, token);
  if (!inv) throw new UserInputError(INVALID);
  const exists = await db.user.findUnique({ where: { email: inv.email }, select: { id: true } });
  if (exists) throw new UserInputError("An account already exists for this email. Sign in to accept the invitation.");
  const user = await db.user.create({
    data: {
      email: inv.email,
      name: input.name,
      password: { create: { hash: input.passwordHash } },
      ...(inv.role === "LEARNER" ? { learnerProfile: { create: {} } } : {}),
    },
    select: { id: true },
  });
  await audit({ action: "auth.sign_up", actorId: user.id, metadata: { via: "invitation" } });
  return { email: inv.email };
}
