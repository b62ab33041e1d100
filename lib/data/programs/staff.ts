// Program staff: invite admins and advisors by email, change roles, remove people. Access
// ends on the removed person's next request because roles are read per request.
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { audit } from "@/lib/auth/audit";
import { requireOrgAdmin } from "@/lib/data/access";
import { sendInvitations } from "@/lib/data/programs/invitation-sending";
import { NotFoundError, UserInputError } from "@/lib/data/errors";
import type { Tx } from "@/lib/prisma-client";

const LAST_ADMIN = "A program needs at least one admin. Make someone else an admin first.";

interface StaffMember {
  id: string;
  role: string;
  userId: string;
}

export async function inviteStaff(actor: CurrentUser, organizationId: string, input: { email: string; role: "ADMIN" | "ADVISOR" }) {
  await requireOrgAdmin(actor, organizationId, "manage:staff:org");
  const existing = await db.membership.findFirst({ where: { organizationId, user: { email: input.email } }, select: { id: true } });
  if (existing) throw new UserInputError("Check the highlighted field", { email: ["This person is already on the program's staff"] });
  await sendInvitations(actor, organizationId, [{ email: input.email, role: input.role, cohortId: null }]);
}

/**
 * Runs a staff change inside one transaction holding the program's row lock, so two admins
 * demoting or removing each other at once are serialized: the second sees the first's write
 * and the last-admin rule holds under every interleaving. The actor's own admin role is
 * re-read under the lock too (the first change may have just demoted them). `newRole` null
 * means the membership is removed.
 */
async function withStaffLock<T>(
  actor: CurrentUser,
  organizationId: string,
  membershipId: string,
  newRole: "ADMIN" | "ADVISOR" | null,
  change: (tx: Tx, m: StaffMember) => Promise<T>,
) {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Organization" WHERE id = ${organizationId} FOR UPDATE`;
    const m = await tx.membership.findFirst({
      where: { id: membershipId, organizationId },
      select: { id: true, role: true, userId: true },
    });
    if (!m) throw new NotFoundError();
    if (m.role === "ADMIN" && newRole !== "ADMIN" && (await tx.membership.count({ where: { organizationId, role: "ADMIN" } })) <= 1)
      throw new UserInputError(LAST_ADMIN);
    const stillAdmin = await tx.membership.findUnique({
      where: { organizationId_userId: { organizationId, userId: actor.id } },
      select: { role: true },
    });
    if (stillAdmin?.role !== "ADMIN") throw new NotFoundError();
    return change(tx, m);
  });
}

export async function changeStaffRole(actor: CurrentUser, organizationId: string, membershipId: string, role: "ADMIN" | "ADVISOR") {
  await requireOrgAdmin(actor, organizationId, "manage:staff:org");
  const from = await withStaffLock(actor, organizationId, membershipId, role, async (tx, m) => {
    if (m.role === role) return null;
    await tx.membership.update({ where: { id: m.id }, data: { role } });
    return m;
  });
  if (from)
    await audit({
      action: "org.role_changed",
      actorId: actor.id,
      organizationId,
      subjectUserId: from.userId,
      metadata: { from: from.role, to: role },
    });
}

export async function removeStaff(actor: CurrentUser, organizationId: string, membershipId: string) {
  await requireOrgAdmin(actor, organizationId, "manage:staff:org");
  const m = await withStaffLock(actor, organizationId, membershipId, null, async (tx, m) => {
    await tx.cohortAdvisor.deleteMany({ where: { userId: m.userId, cohort: { organizationId } } });
    await tx.membership.delete({ where: { id: m.id } });
    return m;
  });
  await audit({ action: "org.staff_removed", actorId: actor.id, organizationId, subjectUserId: m.userId, metadata: { role: m.role } });
}
