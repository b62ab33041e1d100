// Two app instances, each with its own in-process report caches, on one database: modelled by
// loading the data modules twice (vi.resetModules), so each copy has its own cache as a second
// `next start` would (tests/e2e/two-instances.spec.ts does it with real servers). A write
// through one is seen by the other's next read, however fresh the other's cached copy is.
import { describe, expect, it, vi } from "vitest";
import { programWorld } from "../../support/program-world";

type Modules = {
  roster: typeof import("@/lib/data/programs/roster");
  outcomes: typeof import("@/lib/data/programs/outcomes");
  invitations: typeof import("@/lib/data/programs/invitations");
  placements: typeof import("@/lib/data/programs/placements");
  learnerView: typeof import("@/lib/data/programs/learner-view");
};

async function instance(): Promise<Modules> {
  vi.resetModules();
  return {
    roster: await import("@/lib/data/programs/roster"),
    outcomes: await import("@/lib/data/programs/outcomes"),
    invitations: await import("@/lib/data/programs/invitations"),
    placements: await import("@/lib/data/programs/placements"),
    learnerView: await import("@/lib/data/programs/learner-view"),
  };
}

const today = "2026-12-04";

describe("report caches across instances", () => {
  it("a learner who leaves through one instance is gone from the other's roster and outcomes on its next read", async () => {
    const w = await programWorld();
    const a = await instance();
    const b = await instance();
    const rosterOn = async (m: Modules) => (await m.roster.getRoster(w.actors.advisor, {}, today)).rows.map((r) => r.name);
    const joinedOn = async (m: Modules) =>
      (await m.outcomes.getOutcomesReport(w.actors.admin, w.org.id)).value.find((c) => c.cohortId === w.cohort.id)!.joined;

    expect(await rosterOn(b)).toEqual(["Lena Learner"]);
    expect(await joinedOn(b)).toBe(1);
    const cachedAt = (await b.roster.getRoster(w.actors.advisor, {}, today)).computedAt;
    expect((await b.roster.getRoster(w.actors.advisor, {}, today)).computedAt).toEqual(cachedAt); // b serves its cached copy

    await a.invitations.leaveCohort(w.actors.learner, w.cohort.id);

    expect(await rosterOn(b)).toEqual([]);
    expect(await joinedOn(b)).toBe(0);
  });

  it("a placement recorded through one instance counts on the other's outcomes at once", async () => {
    const w = await programWorld();
    const a = await instance();
    const b = await instance();
    const placedOn = async (m: Modules) =>
      (await m.outcomes.getOutcomesReport(w.actors.admin, w.org.id)).value.find((c) => c.cohortId === w.cohort.id)!.placed;

    expect(await placedOn(b)).toBe(0);
    await a.placements.recordPlacement(w.actors.learner, {
      employer: "Riverbend Clinic",
      title: "Coding specialist",
      startDate: new Date("2026-11-02"),
      inField: true,
      shareSalary: false,
    });
    expect(await placedOn(b)).toBe(1);
    expect(await placedOn(a)).toBe(1);
  });

  it("an advisor's note through one instance updates 'last contacted' on the other", async () => {
    const w = await programWorld();
    const a = await instance();
    const b = await instance();
    const contactedOn = async (m: Modules) => (await m.roster.getRoster(w.actors.advisor, {}, today)).rows[0]!.lastContactedOn;
    expect(await contactedOn(b)).toBeNull();
    await a.learnerView.addLearnerNote(w.actors.advisor, {
      learnerId: w.users.learner.id,
      body: "Called about the exam date.",
      visibility: "STAFF",
      confirmPhi: false,
    });
    expect(await contactedOn(b)).not.toBeNull();
  });
});
