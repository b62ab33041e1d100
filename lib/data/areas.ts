// Read models for each role's home area. Every function re-checks the permission and
// scopes rows to what the actor may see (own / advised cohorts / administered orgs).
import "server-only";
import { assertCan } from "@/lib/data/access";
import { COHORT_SUMMARY_SELECT } from "@/lib/data/programs/cohort-summary";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";

export async function getLearnerHome(actor: CurrentUser) {
  assertCan(actor, "read:learner-area:own");
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
  assertCan(actor, "read:program-area:org");
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
