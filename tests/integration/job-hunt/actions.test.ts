// Every job-hunt action case, called as a direct POST would: the owner succeeds; another
// learner sending the owner's ids is refused as not found and the owner's rows stay as they
// were. Role-level refusals (no session, an advisor without the learner role) are the
// generated matrix in permission-matrix.test.ts.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { callAction } from "../../support/action-matrix";
import { discoverActions } from "../../support/action-discovery";
import { actors, snapshot } from "./support";
import { JOB_HUNT_CASES, jobHuntRows } from "./action-fixtures";

const session = vi.hoisted(() => ({ actor: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({
  getCurrentUser: vi.fn(async () => session.actor),
  requireUser: vi.fn(async () => session.actor),
}));

const actions = new Map((await discoverActions("lib/actions/job-hunt")).map((a) => [a.name, a.run]));

function mine(s: Awaited<ReturnType<typeof snapshot>>, userId: string) {
  return {
    ...s,
    apps: s.apps.filter((a) => a.userId === userId),
    changes: s.changes.filter((c) => c.userId === userId),
    resumes: s.resumes.filter((r) => r.userId === userId),
    marks: s.marks.filter((m) => m.userId === userId),
    portfolio: s.portfolio.filter((p) => p.userId === userId),
  };
}

describe("job-hunt actions: rows", () => {
  let who: Awaited<ReturnType<typeof actors>>;
  beforeEach(async () => {
    who = await actors();
    session.actor = null;
  });

  for (const c of JOB_HUNT_CASES) {
    it(`${c.name}: the owner succeeds`, async () => {
      const rows = await jobHuntRows(who.owner.id);
      session.actor = who.owner;
      expect(await callAction(actions.get(c.action)!, c.input(rows))).toMatchObject({ status: "ok" });
    });

    it(`${c.name}: another learner never changes the owner's rows`, async () => {
      const rows = await jobHuntRows(who.owner.id);
      const input = c.input(rows);
      const before = await snapshot();
      session.actor = who.other;
      const result = await callAction(actions.get(c.action)!, input);
      // A case naming the owner's rows is refused as not found; one that names none (a new
      // application, a resume, an analysis) acts on the other learner's own data instead.
      if (input.id ?? input.applicationId ?? input.contactId) {
        expect(result, `${c.name} as another learner`).toMatchObject({ status: "error", code: "not-found" });
      }
      expect(mine(await snapshot(), who.owner.id)).toEqual(mine(before, who.owner.id));
    });
  }
});
