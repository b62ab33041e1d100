// Test data builders that write through the same Prisma client the app uses.
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Role } from "@/lib/auth/permissions";

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

// Every test user's password; hashed once per worker to keep tests fast.
export const TEST_PASSWORD = "correct horse battery";

let cachedHash: Promise<string> | undefined;
async function testPasswordHash(): Promise<string> {
  const { hashPassword } = await import("@/lib/auth/password");
  cachedHash ??= hashPassword(TEST_PASSWORD);
  return cachedHash;
}

export async function createUser(opts: { email?: string; name?: string; learner?: boolean; passwordHash?: string } = {}) {
  return db.user.create({
    data: {
      email: opts.email ?? `user-${unique()}@example.test`,
      name: opts.name ?? "Test User",
      password: { create: { hash: opts.passwordHash ?? (await testPasswordHash()) } },
      ...(opts.learner === false ? {} : { learnerProfile: { create: {} } }),
    },
  });
}

export async function createOrg(name = "Test Program") {
  return db.organization.create({ data: { name, slug: `org-${unique()}` } });
}

export function actorFor(
  user: { id: string; email: string; name: string; sessionVersion: number },
  roles: Role[],
  orgs: { admin?: string[]; advisor?: string[] } = {},
): CurrentUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    sessionVersion: user.sessionVersion,
    roles: roles.includes("user") ? roles : ["user", ...roles],
    isLearner: roles.includes("learner"),
    adminOrgIds: orgs.admin ?? [],
    advisorOrgIds: orgs.advisor ?? [],
  };
}
