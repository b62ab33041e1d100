// The data layer's one access guard. Every lib/data function starts with it.
// - `assertCan`: the role-level permission (lib/auth/permissions). A refusal throws
//   AccessDeniedError and is not audited here: callers reach the data layer through a page
//   guard (requirePermission) or an action (userAction) that already refused and audited it,
//   so reaching this throw means a bug, not a probe.
// - The scope checks (which organization, cohort or learner), decided from memberships and
//   assignments in Postgres on every call, never from anything the client sent. A refusal is
//   audited (it is what probing another program's ids looks like) and answers NotFoundError,
//   so a caller learns nothing about rows they may not see.
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { hasPermission, type Permission } from "@/lib/auth/permissions";
import { audit } from "@/lib/auth/audit";
import { AccessDeniedError, NotFoundError } from "@/lib/data/errors";

export function assertCan(actor: CurrentUser | null, permission: Permission): asserts actor is CurrentUser {
  if (!actor || !hasPermission(actor, permission)) throw new AccessDeniedError();
}

async function deny(actor: CurrentUser, permission: string, target?: string): Promise<never> {
  await audit({ action: "access.denied", actorId: actor.id, metadata: { permission, target: target ?? null } });
  throw new NotFoundError();
}

/** The actor must be an admin of this organization (and hold the permission). */
export async function requireOrgAdmin(actor: CurrentUser, organizationId: string, permission: Permission): Promise<void> {
  assertCan(actor, permission);
  const membership = await db.membership.findUnique({
    where: { organizationId_userId: { organizationId, userId: actor.id } },
    select: { role: true },
  });
  if (membership?.role !== "ADMIN") await deny(actor, permission, organizationId);
}

/** Loads a cohort and checks the actor administers its organization. */
export async function requireCohortAdmin(actor: CurrentUser, cohortId: string, permission: Permission) {
  const cohort = await db.cohort.findUnique({ where: { id: cohortId }, select: { id: true, organizationId: true, archivedAt: true } });
  if (!cohort) throw new NotFoundError();
  await requireOrgAdmin(actor, cohort.organizationId, permission);
  return cohort;
}

/**
 * The organizations through which the actor may see a learner: the learner is an active
 * member of a cohort that the actor advises (as a current advisor of that org) or of a
 * cohort of an org the actor administers. Empty when there is no such path.
 */
export async function staffAccessToLearner(actor: CurrentUser, learnerId: string): Promise<string[]> {
  if (!hasPermission(actor, "read:learner-dashboard:cohort") || actor.id === learnerId) return [];
  const rows = await db.cohortLearner.findMany({
    where: {
      userId: learnerId,
      leftAt: null,
      cohort: {
        OR: [
          { organizationId: { in: actor.adminOrgIds } },
          { organizationId: { in: actor.advisorOrgIds }, advisors: { some: { userId: actor.id } } },
        ],
      },
    },
    select: { cohort: { select: { organizationId: true } } },
  });
  return [...new Set(rows.map((r) => r.cohort.organizationId))];
}

export async function requireStaffAccessToLearner(actor: CurrentUser, learnerId: string, permission: Permission): Promise<string[]> {
  assertCan(actor, permission);
  const orgs = await staffAccessToLearner(actor, learnerId);
  if (orgs.length === 0) return deny(actor, permission, learnerId);
  return orgs;
}
