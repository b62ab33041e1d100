// The access matrix generated from the permission table: every server action has a row,
// every permission is used, and for every action × role the permission table does not
// allow, the call is refused and writes nothing (whatever the input). Scoping cells (own /
// cohort / org) are asserted per feature in tests/integration/{learner-journey,job-hunt,programs}.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { PERMISSIONS, type Role } from "@/lib/auth/permissions";
import { actorFor, createOrg, createUser } from "../../support/factories";
import { discoverActions } from "../../support/action-discovery";
import { ACTION_PERMISSIONS } from "../../support/action-permissions";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user, requireUser: async () => session.user }));
vi.mock("@/lib/actions/auth/auth-js", () => ({ auth: async () => null, signIn: async () => undefined, signOut: async () => undefined }));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined, has: () => false }),
  headers: async () => new Headers(),
}));

const actions = discoverActions();
const ROLES: Exclude<Role, "platformAdmin">[] = ["user", "learner", "advisor", "admin"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

async function counts(): Promise<string> {
  const rows = await db.$queryRaw<{ t: string; n: string }[]>`
    SELECT tablename AS t, (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I', tablename), false, true, '')))[1]::text AS n
    FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('_prisma_migrations', 'AuditLog', 'SignInThrottle') ORDER BY tablename`;
  return rows.map((r) => `${r.t}=${r.n}`).join(",");
}

async function actorWithOnly(role: (typeof ROLES)[number]): Promise<CurrentUser> {
  const user = await createUser({ learner: role === "learner" });
  if (role === "advisor" || role === "admin") {
    const org = await createOrg();
    await db.membership.create({ data: { organizationId: org.id, userId: user.id, role: role === "admin" ? "ADMIN" : "ADVISOR" } });
    return actorFor(user, [role], role === "admin" ? { admin: [org.id] } : { advisor: [org.id] });
  }
  return actorFor(user, role === "learner" ? ["learner"] : []);
}

const formArb = fc.array(
  fc.tuple(
    fc.constantFrom(
      "id",
      "cohortId",
      "organizationId",
      "name",
      "email",
      "body",
      "title",
      "company",
      "date",
      "startDate",
      "confirm",
      "consent",
      "token",
    ),
    fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom("on", "2026-05-01", "x@example.test", "CODING")),
  ),
  { maxLength: 8 },
);

describe("permission matrix", () => {
  it("every server action has a permission row, and every row names a real permission", () => {
    const names = actions.map((a) => a.name).sort();
    expect(names).toEqual(Object.keys(ACTION_PERMISSIONS).sort());
    for (const guard of Object.values(ACTION_PERMISSIONS)) if (guard !== "public") expect(PERMISSIONS).toHaveProperty(guard);
  });

  it("every permission in the table is enforced somewhere in lib/ or app/", () => {
    const code = [...sourceFiles("lib"), ...sourceFiles("app")]
      .filter((f) => !f.startsWith("lib/auth/permissions"))
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    const unused = Object.keys(PERMISSIONS).filter((p) => !code.includes(`"${p}"`));
    expect(unused).toEqual([]);
  });

  const cells = actions.flatMap((a) => {
    const guard = ACTION_PERMISSIONS[a.name];
    if (!guard || guard === "public") return [];
    const allowed: readonly Role[] = PERMISSIONS[guard];
    return ROLES.filter((r) => !allowed.includes(r) && !allowed.includes("user")).map((role) => ({ ...a, guard, role }));
  });

  it("has denial cells to check", () => {
    expect(cells.length).toBeGreaterThan(100);
    console.log(
      `[matrix] ${actions.length} actions, ${Object.keys(PERMISSIONS).length} permissions, ${cells.length} generated denial cells`,
    );
  });

  for (const cell of cells) {
    it(`${cell.name} is refused for a caller with only the ${cell.role} role (${cell.guard})`, async () => {
      session.user = await actorWithOnly(cell.role);
      const mod = (await import(/* @vite-ignore */ `../../../${cell.file}`)) as Record<
        string,
        (prev: unknown, fd: FormData) => Promise<{ status: string }>
      >;
      await fc.assert(
        fc.asyncProperty(formArb, async (entries) => {
          const fd = new FormData();
          for (const [k, v] of entries) fd.append(k, v);
          const before = await counts();
          let result: { status: string } | undefined;
          try {
            result = await mod[cell.name]!({ status: "idle" }, fd);
          } catch (error) {
            const digest = (error as { digest?: string }).digest ?? "";
            expect(digest, `${cell.name} threw ${String(error)}`).toMatch(/^NEXT_(HTTP_ERROR_FALLBACK|NOT_FOUND)/);
            return;
          }
          expect(result.status).toBe("error");
          expect(await counts()).toBe(before);
        }),
        { numRuns: 4, seed: 7 },
      );
    });
  }
});
