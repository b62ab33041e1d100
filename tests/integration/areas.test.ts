// Each area's read model is scoped: advisors see only cohorts they are assigned to,
// admins only their own organizations, and other roles are denied.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getLearnerHome, getProgramHome } from "@/lib/data/areas";
import { AccessDeniedError } from "@/lib/data/errors";
import { actorFor, createOrg, createUser } from "../support/factories";

async function world() {
  const [orgA, orgB] = [await createOrg("A"), await createOrg("B")];
  const cohortA = await db.cohort.create({ data: { organizationId: orgA.id, name: "A1", startDate: new Date("2026-01-05") } });
  const cohortA2 = await db.cohort.create({ data: { organizationId: orgA.id, name: "A2", startDate: new Date("2026-02-05") } });
  const learner = await createUser({ name: "Lee Learner" });
  const leaver = await createUser({ name: "Lou Leaver" });
  const advisor = await createUser({ learner: false });
  const otherAdvisor = await createUser({ learner: false });
  const adminB = await createUser({ learner: false });
  await db.membership.createMany({
    data: [
      { organizationId: orgA.id, userId: advisor.id, role: "ADVISOR" },
      { organizationId: orgA.id, userId: otherAdvisor.id, role: "ADVISOR" },
      { organizationId: orgB.id, userId: adminB.id, role: "ADMIN" },
    ],
  });
  await db.cohortAdvisor.create({ data: { cohortId: cohortA.id, userId: advisor.id } });
  await db.cohortAdvisor.create({ data: { cohortId: cohortA2.id, userId: otherAdvisor.id } });
  await db.cohortLearner.create({ data: { cohortId: cohortA.id, userId: learner.id, consentedAt: new Date() } });
  await db.cohortLearner.create({ data: { cohortId: cohortA.id, userId: leaver.id, consentedAt: new Date(), leftAt: new Date() } });
  return { orgA, orgB, learner, advisor, otherAdvisor, adminB };
}

describe("role areas", () => {
  it("admins see only their own organizations", async () => {
    const w = await world();
    const orgs = await getProgramHome(actorFor(w.adminB, ["admin"], { admin: [w.orgB.id] }));
    expect(orgs.map((o) => o.name)).toEqual(["B"]);
  });

  it("denies each area to people without its role", async () => {
    const w = await world();
    const learner = actorFor(w.learner, ["learner"]);
    await expect(getProgramHome(learner)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(getLearnerHome(actorFor(w.advisor, ["advisor"], { advisor: [w.orgA.id] }))).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(getProgramHome(actorFor(w.advisor, ["advisor"], { advisor: [w.orgA.id] }))).rejects.toBeInstanceOf(AccessDeniedError);
    expect((await getLearnerHome(learner)).cohorts.map((c) => c.name)).toEqual(["A1"]);
  });
});
