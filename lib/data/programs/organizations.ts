// Training programs (organizations): creation (the creator becomes admin), settings, and the
// admin's overview of cohorts, staff and staff invitations.
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { audit } from "@/lib/auth/audit";
import { assertCan, requireOrgAdmin } from "@/lib/data/access";
import { listInvitations } from "@/lib/data/programs/invitation-admin";
import { COHORT_SUMMARY_SELECT } from "@/lib/data/programs/cohort-summary";
import { randomBytes } from "node:crypto";

function slugify(name: string): string {
  const base =
    name
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 40) || "program";
  return `${base}-${randomBytes(3).toString("hex")}`;
}

export async function createOrganization(actor: CurrentUser, input: { name: string; description?: string }) {
  assertCan(actor, "create:organization:any");
  const org = await db.organization.create({
    data: {
      name: input.name,
      description: input.description || null,
      slug: slugify(input.name),
      memberships: { create: { userId: actor.id, role: "ADMIN" } },
    },
    select: { id: true },
  });
  await audit({ action: "org.created", actorId: actor.id, organizationId: org.id });
  return org;
}

export async function updateOrganization(actor: CurrentUser, organizationId: string, input: { name: string; description?: string }) {
  await requireOrgAdmin(actor, organizationId, "update:organization:org");
  await db.organization.update({ where: { id: organizationId }, data: { name: input.name, description: input.description || null } });
}

export async function getOrganizationOverview(actor: CurrentUser, organizationId: string) {
  await requireOrgAdmin(actor, organizationId, "update:organization:org");
  const [org, cohorts, staff, invitations] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { id: true, name: true, description: true } }),
    db.cohort.findMany({
      where: { organizationId },
      select: COHORT_SUMMARY_SELECT,
      orderBy: [{ archivedAt: { sort: "desc", nulls: "first" } }, { startDate: "desc" }],
    }),
    db.membership.findMany({
      where: { organizationId },
      select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
      orderBy: { createdAt: "asc" },
    }),
    listInvitations({ organizationId, staff: true }),
  ]);
  return { org, cohorts, staff, invitations };
}
