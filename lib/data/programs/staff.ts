// Program staff: invite admins and advisors by email, change roles, remove people. Access
// ends on the removed person's next request because roles are read per request.
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { audit } from "@/lib/auth/audit";
import { requireOrgAdmin } from "@/lib/data/programs/access";
import { issueInvitation } from "@/lib/data/programs/invitations";
import { NotFoundError, UserInputError } from "@/lib/data/errors";

export async function inviteStaff(actor: CurrentUser, organizationId: string, input: { email: string; role: "ADMIN" | "ADVISOR" }) {
  await requireOrgAdmin(actor, organizationId, "manage:staff:org");
  const existing = await db.membership.findFirst({ where: { organizationId, user: { email: input.email } }, select: { id: true } });
  if (existing) throw new UserInputError("Check the highlighted field", { email: ["This person is already on the program's staff"] });
  await issueInvitation(actor, { organizationId, email: input.email, role: input.role });
}

async function membershipInOrg(organizationId: string, membershipId: string) {
  const m = await db.membership.findFirst({ where: { id: membershipId, organizationId }, select: { id: true, role: true, userId: true } });
  if (!m) throw new NotFoundError();
  return m;
}

async function assertNotLastAdmin(organizationId: string, membership: { role: string }) {
  if (membership.role !== "ADMIN") return;
  const admins = await db.membership.count({ where: { organizationId, role: "ADMIN" } });
  if (admins <= 1) throw new UserInputError("A program needs at least one admin. Make someone else an admin first.");
}

export async function changeStaffRole(actor: CurrentUser, organizationId: string, membershipId: string, role: "ADMIN" | "ADVISOR") {
  await requireOrgAdmin(actor, organizationId, "manage:staff:org");
  const m = await membershipInOrg(organizationId, membershipId);
  if (m.role === role) return;
  await assertNotLastAdmin(organizationId, m);
  await db.membership.update({ where: { id: m.id }, data: { role } });
  await audit({ action: "org.role_changed", actorId: actor.id, organizationId, subjectUserId: m.userId, metadata: { from: m.role, to: role } });
}

export async function removeStaff(actor: CurrentUser, organizationId: string, membershipId: string) {
  await requireOrgAdmin(actor, organizationId, "manage:staff:org");
  const m = await membershipInOrg(organizationId, membershipId);
  await assertNotLastAdmin(organizationId, m);
  await db.$transaction([
    db.cohortAdvisor.deleteMany({ where: { userId: m.userId, cohort: { organizationId } } }),
    db.membership.delete({ where: { id: m.id } }),
  ]);
  await audit({ action: "org.staff_removed", actorId: actor.id, organizationId, subjectUserId: m.userId, metadata: { role: m.role } });
}
