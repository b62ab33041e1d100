// Builds a CurrentUser (roles, memberships) from the database for a user id. getCurrentUser
// uses it for the session's user; the sign-in hook uses it for the user whose password was
// just verified. Nothing else may call it: the id must already be proven.
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Role } from "@/lib/auth/permissions";

export async function loadUserById(id: string): Promise<CurrentUser | null> {
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true, email: true, name: true, sessionVersion: true, isPlatformAdmin: true,
      learnerProfile: { select: { userId: true } },
      memberships: { select: { organizationId: true, role: true } },
    },
  });
  if (!user) return null;
  const adminOrgIds = user.memberships.filter((m) => m.role === "ADMIN").map((m) => m.organizationId);
  const advisorOrgIds = user.memberships.filter((m) => m.role === "ADVISOR").map((m) => m.organizationId);
  const roles: Role[] = ["user"];
  if (user.learnerProfile) roles.push("learner");
  if (advisorOrgIds.length) roles.push("advisor");
  if (adminOrgIds.length) roles.push("admin");
  if (user.isPlatformAdmin) roles.push("platformAdmin");
  return {
    id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion,
    roles, isLearner: !!user.learnerProfile, adminOrgIds, advisorOrgIds,
  };
}
