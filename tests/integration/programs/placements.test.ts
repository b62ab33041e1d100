// Recording a job: the learner's own action, validated, and never touching another's rows.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { programWorld } from "../../support/program-world";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user }));

const { recordPlacementAction } = await import("@/lib/actions/programs/record-placement");
const { deletePlacementAction } = await import("@/lib/actions/programs/delete-placement");
const idle = { status: "idle" } as const;

function form(values: Record<string, string>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.set(k, v);
  return fd;
}

const valid = {
  employer: "Mercy Health",
  title: "Coder I",
  startDate: "2026-11-02",
  inField: "yes",
  salaryUsd: "46000",
  shareSalary: "on",
};

describe("record a placement", () => {
  beforeEach(() => {
    session.user = null;
  });

  it("saves the learner's job and reports field errors for bad input", async () => {
    const w = await programWorld();
    session.user = w.actors.learner;
    const bad = await recordPlacementAction(idle, form({ ...valid, salaryUsd: "-5", startDate: "2026-13-40" }));
    expect(bad).toMatchObject({
      status: "error",
      fieldErrors: { salaryUsd: expect.any(Array), startDate: expect.any(Array) },
      values: { employer: "Mercy Health" },
    });
    expect(await db.jobPlacement.count()).toBe(0);
    expect(await recordPlacementAction(idle, form(valid))).toMatchObject({ status: "ok" });
    expect(await db.jobPlacement.findFirstOrThrow()).toMatchObject({
      userId: w.users.learner.id,
      salaryUsd: 46000,
      shareSalary: true,
      inField: true,
    });
  });

  it("refuses an impossible calendar date beside the field and stores nothing", async () => {
    const w = await programWorld();
    session.user = w.actors.learner;
    // Date.parse rolled 2026-02-30 over to 2 March; each of these must be a field error.
    for (const startDate of ["2026-02-30", "2026-13-01", "2025-02-29"]) {
      const bad = await recordPlacementAction(idle, form({ ...valid, startDate }));
      expect(bad).toMatchObject({
        status: "error",
        fieldErrors: { startDate: [expect.stringMatching(/real date/)] },
        values: { startDate },
      });
    }
    expect(await db.jobPlacement.count()).toBe(0);
    expect(await recordPlacementAction(idle, form({ ...valid, startDate: "2024-02-29" }))).toMatchObject({ status: "ok" });
    expect((await db.jobPlacement.findFirstOrThrow()).startDate.toISOString().slice(0, 10)).toBe("2024-02-29");
  });

  it("denies anonymous callers, staff-only users and other learners", async () => {
    const w = await programWorld();
    session.user = w.actors.learner;
    await recordPlacementAction(idle, form(valid));
    const placement = await db.jobPlacement.findFirstOrThrow();
    for (const actor of [null, w.actors.advisor, w.actors.admin]) {
      session.user = actor;
      expect(await recordPlacementAction(idle, form(valid))).toMatchObject({ status: "error" });
    }
    session.user = w.actors.otherLearner;
    expect(await deletePlacementAction(idle, form({ placementId: placement.id, confirm: "on" }))).toMatchObject({ status: "error" });
    expect(await db.jobPlacement.count()).toBe(1);
    session.user = w.actors.learner;
    expect(await deletePlacementAction(idle, form({ placementId: placement.id }))).toMatchObject({
      status: "error",
      fieldErrors: { confirm: expect.any(Array) },
    });
    expect(await deletePlacementAction(idle, form({ placementId: placement.id, confirm: "on" }))).toMatchObject({ status: "ok" });
    expect(await db.jobPlacement.count()).toBe(0);
  });
});
