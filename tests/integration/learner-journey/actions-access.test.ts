// Which rows a learner-journey action may touch: another learner sending the owner's ids is
// refused as not found (no hint that the row exists) and nothing changes; the owner succeeds.
// Role-level refusals (no session, staff without the learner role) are the generated matrix
// in permission-matrix.test.ts.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { callAction } from "../../support/action-matrix";
import { discoverActions } from "../../support/action-discovery";
import { journeyActors, journeySnapshot } from "./support";
import { LEARNER_JOURNEY_CASES } from "./action-fixtures";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({
  getCurrentUser: vi.fn(async () => session.user),
  requireUser: vi.fn(async () => session.user),
}));

const actions = new Map((await discoverActions("lib/actions/learner")).map((a) => [a.name, a.run]));
const today = new Date().toISOString().slice(0, 10);

async function call(name: string, user: CurrentUser, values: Parameters<typeof callAction>[1]) {
  session.user = user;
  return callAction(actions.get(name)!, values);
}

describe("learner-journey actions: rows", () => {
  beforeEach(() => {
    session.user = null;
  });

  const rowCases = Object.entries(LEARNER_JOURNEY_CASES).filter(([, c]) => c.targetsRow);
  it("covers every action that names an existing row", () => {
    expect(rowCases.length).toBeGreaterThanOrEqual(8);
  });

  for (const [name, c] of rowCases) {
    it(`${name}: another learner sending the owner's ids is refused as not found; the owner succeeds`, async () => {
      const { owner, other } = await journeyActors();
      const values = await c.setup(owner.id);
      const before = await journeySnapshot();
      expect(await call(name, other, values), `${name} as another learner`).toMatchObject({ status: "error", code: "not-found" });
      expect(await journeySnapshot()).toBe(before);
      expect(await call(name, owner, values), name).toMatchObject({ status: "ok" });
      expect(await journeySnapshot()).not.toBe(before);
    });
  }

  it("ignores extra fields such as userId", async () => {
    const { owner, other } = await journeyActors();
    const result = await call("logStudySessionAction", owner, { studiedOn: today, minutes: "45", topic: "CPT", userId: other.id });
    expect(result.status).toBe("ok");
    expect(await db.studySession.count({ where: { userId: other.id } })).toBe(0);
    expect(await db.studySession.count({ where: { userId: owner.id } })).toBe(1);
  });
});
