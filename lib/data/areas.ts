// Read models for each role's home area. Every function re-checks the permission and
// scopes rows to what the actor may see (own / advised cohorts / administered orgs).
import "server-only";
import { COHORT_SUMMARY_SELECT } from "@/lib/data/programs/cohort-summary";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { hasPermission } from "@/lib/auth/permissions";
import { AccessDeniedError } from "@/lib/data/errors";

export async function getLearnerHome(actor: CurrentUser) {
  if (!hasPermission(actor, "read:learner-area:own")) throw new AccessDeniedError();
  const [profile, enrolments] = await Promise.all([
    db.learnerProfile.findUnique({ where: { userId: actor.id } }),
    db.cohortLearner.findMany({
      where: { userId: actor.id, leftAt: null },
      select: { joinedAt: true, cohort: { select: { id: true, name: true, organization: { select: { name: true } } } } },
      orderBy: { joinedAt: "desc" },
    }),
  ]);
  return {
    profile,
    cohorts: enrolments.map((e) => ({ id: e.cohort.id, name: e.cohort.name, program: e.cohort.organization.name, joinedAt: e.joinedAt })),
  };
}

export async function getProgramHome(actor: CurrentUser) {
  if (!hasPermission(actor, "read:program-area:org")) throw new AccessDeniedError();
  return db.organization.findMany({
    where: { id: { in: actor.adminOrgIds } },
    select: {
      id: true,
      name: true,
      description: true,
      cohorts: { where: { archivedAt: null }, select: COHORT_SUMMARY_SELECT, orderBy: { startDate: "desc" } },
      memberships: { select: { role: true, user: { select: { name: true, email: true } } }, orderBy: { createdAt: "asc" } },
    },
    orderBy: { name: "asc" },
  });
}
