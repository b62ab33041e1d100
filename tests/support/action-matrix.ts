// The generated access matrix for one feature's actions. For every action that declares a
// permission, a fixture builds the rows it works on and returns an allowed caller with a
// schema-valid form; then the same form is sent by a caller holding only each role the
// permission does not allow (refused with code "forbidden") and by no session (code
// "unauthenticated"), nothing changes, and finally the allowed caller succeeds with it — so
// every denial cell is one the action would otherwise have carried out.
// Which rows a permitted caller may touch (own / cohort / org) is tested per feature.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { PERMISSIONS, type Permission, type Role } from "@/lib/auth/permissions";
import { actorFor, createOrg, createUser } from "./factories";
import { discoverActions, type DiscoveredAction } from "./action-discovery";

export interface ActionFixture {
  (): Promise<{ actor: CurrentUser; form: Record<string, string | number | Blob> }>;
}

const ROLES: Exclude<Role, "platformAdmin">[] = ["user", "learner", "advisor", "admin"];

/** Row counts of every table a refused call could touch (audit and throttle rows are expected). */
export async function tableCounts(): Promise<string> {
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

function deniedRoles(permission: Permission): (typeof ROLES)[number][] {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return allowed.includes("user") ? [] : ROLES.filter((r) => !allowed.includes(r));
}

function toForm(values: Record<string, string | number | Blob>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.set(k, typeof v === "number" ? String(v) : v);
  return fd;
}

/** Calls an action as a POST would; a redirect after a successful write counts as ok. */
export async function callAction(action: DiscoveredAction["run"], values: Record<string, string | number | Blob>) {
  try {
    return await action({ status: "idle" }, toForm(values));
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) return { status: "ok" as const, data: "redirect" };
    throw error;
  }
}

export function describeActionMatrix(opts: {
  feature: string;
  /** lib/actions/<folder> */
  folder: string;
  fixtures: Record<string, ActionFixture>;
  signIn: (user: CurrentUser | null) => void;
}) {
  const load = discoverActions(`lib/actions/${opts.folder}`);

  describe(`${opts.feature}: generated access matrix`, () => {
    it("every action declares its access, and every action with a permission has a fixture", async () => {
      const actions = await load;
      expect(actions.filter((a) => a.access === undefined).map((a) => a.name)).toEqual([]);
      const guarded = actions.filter((a) => a.access !== "public").map((a) => a.name);
      expect(Object.keys(opts.fixtures).sort()).toEqual(guarded.sort());
    });

    for (const [name, fixture] of Object.entries(opts.fixtures)) {
      it(`${name}: refused for every role its permission does not allow and for no session; the same input succeeds for an allowed caller`, async () => {
        const action = (await load).find((a) => a.name === name);
        if (!action || action.access === undefined || action.access === "public") throw new Error(`${name} is not a guarded action`);
        const denied = await Promise.all(deniedRoles(action.access).map(actorWithOnly));
        const { actor, form } = await fixture();
        const before = await tableCounts();
        for (const caller of denied) {
          opts.signIn(caller);
          expect(await callAction(action.run, form), `${name} as ${caller.roles.join("+")}`).toMatchObject({
            status: "error",
            code: "forbidden",
          });
        }
        opts.signIn(null);
        expect(await callAction(action.run, form), `${name} without a session`).toMatchObject({ status: "error", code: "unauthenticated" });
        expect(await tableCounts()).toBe(before);
        opts.signIn(actor);
        const allowed = await callAction(action.run, form);
        expect(allowed, `${name} as the allowed caller: ${JSON.stringify(allowed).slice(0, 300)}`).toMatchObject({ status: "ok" });
      });
    }
  });
}
