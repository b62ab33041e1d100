// Counts the database queries each heavy read makes at small and bench scale, by wrapping
// the app's Prisma client with a counting extension. Run with the react-server condition
// (see scripts/bench/run.ts) so server-only modules load outside Next.
import { db } from "../../lib/db";
import type { CurrentUser } from "../../lib/auth/current-user";

let queryCount = 0;

// lib/db builds its client lazily; count every operation through Prisma's query extension.
const holder = globalThis as unknown as { chartpathDb?: unknown };

export async function countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const base = db as unknown as { $extends: (x: unknown) => unknown; $queryRaw: unknown };
  void base.$queryRaw; // force the lazy client into existence
  const client = holder.chartpathDb as { $extends: (x: unknown) => unknown };
  const counted = client.$extends({
    query: {
      $allOperations: ({ args, query }: { args: unknown; query: (a: unknown) => Promise<unknown> }) => {
        queryCount++;
        return query(args);
      },
    },
  });
  const original = holder.chartpathDb;
  holder.chartpathDb = counted;
  queryCount = 0;
  try {
    const result = await fn();
    return { result, queries: queryCount };
  } finally {
    holder.chartpathDb = original;
  }
}

export async function actorByEmail(email: string): Promise<CurrentUser> {
  const u = await db.user.findUniqueOrThrow({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      sessionVersion: true,
      learnerProfile: { select: { userId: true } },
      memberships: { select: { organizationId: true, role: true } },
    },
  });
  const admin = u.memberships.filter((m) => m.role === "ADMIN").map((m) => m.organizationId);
  const advisor = u.memberships.filter((m) => m.role === "ADVISOR").map((m) => m.organizationId);
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    sessionVersion: u.sessionVersion,
    isLearner: !!u.learnerProfile,
    adminOrgIds: admin,
    advisorOrgIds: advisor,
    roles: [
      "user",
      ...(u.learnerProfile ? ["learner" as const] : []),
      ...(advisor.length ? ["advisor" as const] : []),
      ...(admin.length ? ["admin" as const] : []),
    ],
  };
}
