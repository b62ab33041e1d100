// Fit-quiz attempts: visitors' attempts are kept under their cookie id and claimed on sign-in;
// only unowned attempts can be claimed; retakes keep history.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { claimVisitorAttempts, latestFitAttempt, listFitAttempts, recordFitQuizAttempt } from "@/lib/data/learner/fit-quiz";
import { FIT_QUESTIONS } from "@/lib/content/fit-quiz";
import { journeyActors, journeySnapshot } from "./support";

const billingAnswers = Object.fromEntries(
  FIT_QUESTIONS.map((q) => [q.id, q.options.find((o) => o.lean === "BILLING" && o.weight === 2)?.value ?? 3]),
);
const visitor = "0b9c7f3e-4a55-4d7e-9a1b-2b3c4d5e6f70";

describe("fit quiz data", () => {
  it("keeps a visitor's attempt under the visitor id and shows it back", async () => {
    const row = await recordFitQuizAttempt(null, visitor, billingAnswers);
    const stored = await db.fitQuizAttempt.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored).toMatchObject({ userId: null, visitorId: visitor, recommendation: "BILLING" });
    expect((await latestFitAttempt(null, visitor))?.id).toBe(row.id);
    expect(await latestFitAttempt(null, "11111111-2222-3333-4444-555555555555")).toBeNull();
  });

  it("rejects unanswered quizzes and visitors without a cookie id, writing nothing", async () => {
    const before = await journeySnapshot();
    await expect(recordFitQuizAttempt(null, visitor, { "checklist-detail": "4" })).rejects.toThrow("Please answer every question.");
    await expect(recordFitQuizAttempt(null, null, billingAnswers)).rejects.toThrow(/cookie/);
    await expect(recordFitQuizAttempt(null, "not-a-uuid", billingAnswers)).rejects.toThrow(/cookie/);
    expect(await journeySnapshot()).toBe(before);
  });

  it("claims only unowned attempts of that visitor id, and only for learners", async () => {
    const { owner, other, advisor } = await journeyActors();
    await recordFitQuizAttempt(null, visitor, billingAnswers);
    await recordFitQuizAttempt(null, visitor, billingAnswers);
    const others = await recordFitQuizAttempt(other, null, billingAnswers);
    await expect(claimVisitorAttempts(advisor, visitor)).rejects.toThrow();
    await expect(claimVisitorAttempts(null, visitor)).rejects.toThrow();
    expect(await db.fitQuizAttempt.count({ where: { userId: null } })).toBe(2);
    expect(await claimVisitorAttempts(owner, visitor)).toBe(2);
    expect(await claimVisitorAttempts(other, visitor)).toBe(0); // already claimed: never moves again
    expect((await listFitAttempts(owner)).length).toBe(2);
    expect((await db.fitQuizAttempt.findUniqueOrThrow({ where: { id: others.id } })).userId).toBe(other.id);
  });

  it("a signed-in learner's retakes go on their account and keep history", async () => {
    const { owner } = await journeyActors();
    await recordFitQuizAttempt(owner, null, billingAnswers);
    await recordFitQuizAttempt(owner, null, Object.fromEntries(FIT_QUESTIONS.map((q) => [q.id, 3])));
    const history = await listFitAttempts(owner);
    expect(history.map((a) => a.recommendation).sort()).toEqual(["BILLING", "EITHER"]);
    await expect(listFitAttempts(null)).rejects.toThrow();
  });
});
