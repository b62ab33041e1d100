// Builds a CurrentUser (roles, memberships) from the database for a user id. getCurrentUser
// uses it for the session's user; the sign-in hook uses it for the user whose password was
// just verified. Nothing else may call it: the id must already be proven.
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Role } from "@/lib/auth/permissions";

interface UserRow {
  id: string;
  email: string;
  name: string;
  sessionVersion: number;
  isPlatformAdmin: boolean;
  isLearner: boolean;
  adminOrgIds: string[];
  advisorOrgIds: string[];
}

// One statement (this runs on every signed-in request): the user, whether they have a learner
// profile and the organizations they administer or advise.
export async function loadUserById(id: string): Promise<CurrentUser | null> {
  const [user] = await db.$queryRaw<UserRow[]>`
    SELECT u.id, u.email, u.name, u."sessionVersion", u."isPlatformAdmin",
      EXISTS (SELECT 1 FROM "LearnerProfile" lp WHERE lp."userId" = u.id) AS "isLearner",
      ARRAY(SELECT m."organizationId" FROM "Membership" m WHERE m."userId" = u.id AND m.role = 'ADMIN' ORDER BY m."createdAt") AS "adminOrgIds",
      ARRAY(SELECT m."organizationId" FROM "Membership" m WHERE m."userId" = u.id AND m.role = 'ADVISOR' ORDER BY m."createdAt") AS "advisorOrgIds"
    FROM "User" u WHERE u.id = ${id}`;
  if (!user) return null;
  const roles: Role[] = ["user"];
  if (user.isLearner) roles.push("learner");
  if (user.advisorOrgIds.length) roles.push("advisor");
  if (user.adminOrgIds.length) roles.push("admin");
  if (user.isPlatformAdmin) roles.push("platformAdmin");
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    sessionVersion: user.sessionVersion,
    roles,
    isLearner: user.isLearner,
    adminOrgIds: user.adminOrgIds,
    advisorOrgIds: user.advisorOrgIds,
  };
}
