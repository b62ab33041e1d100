import { describe, expect, it } from "vitest";
import { firstStepWithError, firstUnanswered, isAnswered, moveStep, progressPercent } from "@/lib/domain/quiz-steps";

const IDS = ["a", "b", "c"];

describe("quiz steps", () => {
  it("counts only non-empty answers as answered", () => {
    expect(isAnswered({ a: "3" }, "a")).toBe(true);
    expect(isAnswered({ a: "" }, "a")).toBe(false);
    expect(isAnswered({}, "a")).toBe(false);
  });

  it("finds the first unanswered question", () => {
    expect(firstUnanswered(IDS, { a: "1", c: "2" })).toBe(1);
    expect(firstUnanswered(IDS, { a: "1", b: "5", c: "2" })).toBe(-1);
  });

  it("moves within the steps and never past either end", () => {
    expect(moveStep(0, 1, 3)).toBe(1);
    expect(moveStep(2, 1, 3)).toBe(2);
    expect(moveStep(0, -1, 3)).toBe(0);
    expect(moveStep(5, -1, 0)).toBe(0);
  });

  it("opens the first question the server rejected", () => {
    expect(firstStepWithError(IDS, { c: ["x"], b: ["y"] })).toBe(1);
    expect(firstStepWithError(IDS, {})).toBeNull();
  });

  it("reports progress with the current step counted as reached", () => {
    expect(progressPercent(0, 11)).toBe(9);
    expect(progressPercent(10, 11)).toBe(100);
    expect(progressPercent(0, 0)).toBe(0);
  });
});
