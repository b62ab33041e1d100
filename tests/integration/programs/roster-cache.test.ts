// The roster reads through a short cache; access changes must still take effect on the next
// request: a learner who leaves, an advisor who is unassigned, a cohort that is archived.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getRoster } from "@/lib/data/programs/roster";
import { leaveCohort } from "@/lib/data/programs/invitations";
import { setAdvisorAssignment, setCohortArchived } from "@/lib/data/programs/cohorts";
import { programWorld } from "../../support/program-world";

const today = "2026-11-27";
const names = async (w: Awaited<ReturnType<typeof programWorld>>) => (await getRoster(w.actors.advisor, {}, today)).rows.map((r) => r.name);

describe("roster cache", () => {
  it("serves repeated reads from one computation and says when it was computed", async () => {
    const w = await programWorld();
    const first = await getRoster(w.actors.advisor, {}, today);
    const second = await getRoster(w.actors.advisor, { sort: "name", dir: "desc" }, today);
    expect(second.computedAt).toEqual(first.computedAt);
    expect(second.rows.map((r) => r.name)).toEqual(first.rows.map((r) => r.name));
  });

  it("a learner who leaves disappears from the advisor's roster at once", async () => {
    const w = await programWorld();
    expect(await names(w)).toEqual(["Lena Learner"]);
    await leaveCohort(w.actors.learner, w.cohort.id);
    expect(await names(w)).toEqual([]);
  });

  it("an unassigned advisor and an archived cohort lose the rows at once", async () => {
    const w = await programWorld();
    expect(await names(w)).toEqual(["Lena Learner"]);
    await setAdvisorAssignment(w.actors.admin, w.cohort.id, w.users.advisor.id, false);
    expect(await names(w)).toEqual([]);
    await setAdvisorAssignment(w.actors.admin, w.cohort.id, w.users.advisor.id, true);
    expect(await names(w)).toEqual(["Lena Learner"]);
    await setCohortArchived(w.actors.admin, w.cohort.id, true);
    expect((await getRoster(w.actors.admin, {}, today)).rows).toEqual([]);
    expect(await db.cohort.count({ where: { id: w.cohort.id, archivedAt: { not: null } } })).toBe(1);
  });
});
