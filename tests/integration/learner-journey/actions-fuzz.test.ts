// Generated bad input (huge strings, wrong types, __proto__, NaN, Unicode) against the journey's
// actions: always a typed result — never a thrown error or an unexpected-error message — and a
// refused input writes nothing.
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { ActionState } from "@/lib/actions/action";
import { journeyActors, journeySnapshot } from "./support";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: vi.fn(async () => session.user) }));

type Action = (prev: ActionState<never>, fd: FormData) => Promise<ActionState<unknown>>;
const ACTIONS: [string, Action, string[]][] = [
  [
    "log practice exam",
    (await import("@/lib/actions/learner/log-practice-exam")).logPracticeExamAction as Action,
    ["takenOn", "credentialCode", "questions", "correct", "minutes"],
  ],
  [
    "log study session",
    (await import("@/lib/actions/learner/log-study-session")).logStudySessionAction as Action,
    ["studiedOn", "minutes", "topic"],
  ],
  [
    "add shortlisted program",
    (await import("@/lib/actions/learner/add-shortlisted-program")).addShortlistedProgramAction as Action,
    ["name", "url", "examPassRate", "costUsd", "externship", "notes"],
  ],
  ["choose path", (await import("@/lib/actions/learner/choose-path")).choosePathAction as Action, ["path", "credentialCode", "routeCode"]],
  [
    "generate plan",
    (await import("@/lib/actions/learner/generate-plan")).generatePlanAction as Action,
    ["routeCode", "startDate", "weeklyHours"],
  ],
  ["log CEUs", (await import("@/lib/actions/learner/log-ceu")).logCeuAction as Action, ["body", "earnedOn", "ceus", "title"]],
  [
    "record exam attempt",
    (await import("@/lib/actions/learner/record-exam-attempt")).recordExamAttemptAction as Action,
    ["credentialCode", "takenOn", "result", "scorePercent"],
  ],
  [
    "update growth goal",
    (await import("@/lib/actions/learner/update-growth-goal")).updateGrowthGoalAction as Action,
    ["goalKey", "status", "targetDate"],
  ],
];

const nasty = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    "",
    "NaN",
    "-1",
    "1e309",
    "Infinity",
    "0x10",
    "2026-02-30",
    "9999-12-31",
    "__proto__",
    "constructor",
    "<script>alert(1)</script>",
    "\u0000",
    "𝔘𝔫𝔦",
    "CPC",
    "DONE",
  ),
  fc.integer().map(String),
  fc.string({ maxLength: 30 }).map((s) => s.repeat(3000)),
);

describe("learner-journey actions under generated input", () => {
  for (const [name, action, fields] of ACTIONS) {
    it(`${name}: never throws or fails unexpectedly; refusals write nothing`, async () => {
      const { owner } = await journeyActors();
      session.user = owner;
      await fc.assert(
        fc.asyncProperty(
          fc.dictionary(fc.constantFrom(...fields, "__proto__", "userId", "extra"), nasty, { maxKeys: 8 }),
          async (values) => {
            const before = await journeySnapshot();
            const fd = new FormData();
            for (const [k, v] of Object.entries(values)) fd.append(k, v);
            const result = await action({ status: "idle" }, fd);
            expect(["ok", "error"]).toContain(result.status);
            if (result.status === "error") {
              expect(result.formError ?? "").not.toMatch(/Something went wrong/);
              expect(await journeySnapshot()).toBe(before);
            }
          },
        ),
        { numRuns: 25 },
      );
    });
  }
});
