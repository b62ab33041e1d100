// Two admins demoting (or removing) each other at the same moment: the last-admin rule is
// checked under a row lock, so whichever runs second is refused and one admin always remains.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changeStaffRole, removeStaff } from "@/lib/data/programs/staff";
import { actorFor, createOrg, createUser } from "../../support/factories";

const LAST_ADMIN = /A program needs at least one admin/;

async function twoAdmins() {
  const org = await createOrg();
  const [a, b] = await Promise.all([createUser({ learner: false }), createUser({ learner: false })]);
  const ma = await db.membership.create({ data: { organizationId: org.id, userId: a.id, role: "ADMIN" } });
  const mb = await db.membership.create({ data: { organizationId: org.id, userId: b.id, role: "ADMIN" } });
  return { org, ma, mb, a: actorFor(a, ["admin"], { admin: [org.id] }), b: actorFor(b, ["admin"], { admin: [org.id] }) };
}

function expectOneRefusedAsLastAdmin(results: PromiseSettledResult<unknown>[]) {
  const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
  expect(refused).toHaveLength(1);
  expect(String(refused[0]!.reason)).toMatch(LAST_ADMIN);
}

describe("last admin under concurrency", () => {
  it("two admins demoting each other at once leave exactly one admin (repeated)", async () => {
    for (let round = 0; round < 12; round++) {
      const w = await twoAdmins();
      const results = await Promise.allSettled([
        changeStaffRole(w.a, w.org.id, w.mb.id, "ADVISOR"),
        changeStaffRole(w.b, w.org.id, w.ma.id, "ADVISOR"),
      ]);
      expect(await db.membership.count({ where: { organizationId: w.org.id, role: "ADMIN" } }), `round ${round}`).toBe(1);
      expectOneRefusedAsLastAdmin(results);
    }
  });

  it("two admins removing each other at once leave exactly one admin (repeated)", async () => {
    for (let round = 0; round < 12; round++) {
      const w = await twoAdmins();
      const results = await Promise.allSettled([removeStaff(w.a, w.org.id, w.mb.id), removeStaff(w.b, w.org.id, w.ma.id)]);
      expect(await db.membership.count({ where: { organizationId: w.org.id, role: "ADMIN" } }), `round ${round}`).toBe(1);
      expectOneRefusedAsLastAdmin(results);
    }
  });

  it("a demotion racing a removal still leaves one admin", async () => {
    for (let round = 0; round < 12; round++) {
      const w = await twoAdmins();
      const results = await Promise.allSettled([changeStaffRole(w.a, w.org.id, w.mb.id, "ADVISOR"), removeStaff(w.b, w.org.id, w.ma.id)]);
      expect(await db.membership.count({ where: { organizationId: w.org.id, role: "ADMIN" } }), `round ${round}`).toBe(1);
      expectOneRefusedAsLastAdmin(results);
    }
  });
});
