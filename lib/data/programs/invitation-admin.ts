// What program admins do with invitations already sent: see them with their state, send one
// again (new link, limits apply: invitation-sending.ts) or revoke it (its link stops working
// at once; accepting checks revokedAt). Staff invitations are listed on the program page,
// learner invitations on their cohort's page.
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { audit } from "@/lib/auth/audit";
import { requireOrgAdmin } from "@/lib/data/access";
import { NOT_OPEN, sendInvitations } from "@/lib/data/programs/invitation-sending";
import { NotFoundError, UserInputError } from "@/lib/data/errors";
import { invitationState, isOpen } from "@/lib/domain/invitation-state";
import { deliveryOf } from "@/lib/domain/email-delivery";

const LIST_SELECT = {
  id: true,
  email: true,
  role: true,
  expiresAt: true,
  acceptedAt: true,
  revokedAt: true,
  lastSentAt: true,
  sendCount: true,
  lastEmail: { select: { status: true, error: true, attempts: true, lastAttemptAt: true, sentAt: true } },
} as const;

/** The newest invitations of a program's staff, or of one cohort's learners, in every state. Callers check access. */
export async function listInvitations(where: { organizationId: string; staff: true } | { cohortId: string }, now = new Date()) {
  const rows = await db.invitation.findMany({
    where: "staff" in where ? { organizationId: where.organizationId, role: { in: ["ADMIN", "ADVISOR"] } } : { cohortId: where.cohortId },
    select: LIST_SELECT,
    orderBy: { lastSentAt: "desc" },
    take: 100,
  });
  // An invitation whose email was purged (30 days on) or predates the queue has no delivery to show.
  return rows.map(({ lastEmail, ...r }) => ({ ...r, state: invitationState(r, now), delivery: lastEmail ? deliveryOf(lastEmail) : null }));
}

export type InvitationRow = Awaited<ReturnType<typeof listInvitations>>[number];

/** Loads the invitation and checks the actor administers its program; foreign ids look missing. */
async function openInvitationOrThrow(actor: CurrentUser, invitationId: string) {
  const inv = await db.invitation.findUnique({
    where: { id: invitationId },
    select: {
      id: true,
      organizationId: true,
      email: true,
      role: true,
      cohortId: true,
      acceptedAt: true,
      revokedAt: true,
      expiresAt: true,
      cohort: { select: { archivedAt: true } },
    },
  });
  if (!inv) throw new NotFoundError();
  await requireOrgAdmin(actor, inv.organizationId, "manage:invitation:org");
  if (!isOpen(invitationState(inv, new Date()))) throw new UserInputError(NOT_OPEN);
  return inv;
}

export async function resendInvitation(actor: CurrentUser, invitationId: string) {
  const inv = await openInvitationOrThrow(actor, invitationId);
  if (inv.cohort?.archivedAt) throw new UserInputError("This cohort is archived; restore it before sending invitations.");
  await sendInvitations(actor, inv.organizationId, [{ email: inv.email, role: inv.role, cohortId: inv.cohortId, invitationId: inv.id }]);
  await audit({
    action: "invitation.resent",
    actorId: actor.id,
    organizationId: inv.organizationId,
    targetType: "invitation",
    targetId: inv.id,
  });
  return { organizationId: inv.organizationId, email: inv.email };
}

export async function revokeInvitation(actor: CurrentUser, invitationId: string) {
  const inv = await openInvitationOrThrow(actor, invitationId);
  // Conditional on still being open, so a revoke racing an acceptance cannot undo a join.
  const revoked = await db.invitation.updateMany({
    where: { id: inv.id, acceptedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (revoked.count !== 1) throw new UserInputError(NOT_OPEN);
  await audit({
    action: "invitation.revoked",
    actorId: actor.id,
    organizationId: inv.organizationId,
    targetType: "invitation",
    targetId: inv.id,
  });
  return { organizationId: inv.organizationId, email: inv.email };
}
