import { describe, expect, it } from "vitest";
import type { PracticeExamRecord } from "@/lib/domain/practice-exams";
import { readinessScore, type ReadinessInput } from "@/lib/domain/readiness-score";

const empty: ReadinessInput = {
  today: "2025-06-01",
  credentialCode: null,
  credentialStatus: "NONE",
  milestones: [],
  exams: [],
  studySessions: [],
  weeklyTargetHours: 0,
};
const exam = (date: string, correct: number): PracticeExamRecord => ({
  date,
  questions: 100,
  correct,
  minutes: 230,
  credentialCode: "CPC",
});
const part = (input: ReadinessInput, key: string) => readinessScore(input).parts.find((p) => p.key === key)!;

describe("readinessScore", () => {
  it("is 0 for a brand-new learner, and every part says what to do first", () => {
    const s = readinessScore(empty);
    expect(s.total).toBe(0);
    expect(s.parts.map((p) => p.key)).toEqual(["plan", "practice", "study", "credential"]);
    expect(s.parts.reduce((sum, p) => sum + p.max, 0)).toBe(100);
    for (const p of s.parts) expect(p.explanation.length).toBeGreaterThan(10);
  });

  it("is 100 for a certified learner who kept up with everything", () => {
    const s = readinessScore({
      ...empty,
      credentialCode: "CPC",
      credentialStatus: "ACTIVE",
      weeklyTargetHours: 5,
      milestones: [
        { status: "DONE", dueDate: "2025-01-01" },
        { status: "DONE", dueDate: "2025-05-01" },
      ],
      studySessions: ["2025-05-06", "2025-05-13", "2025-05-20", "2025-05-27"].map((date) => ({ date, minutes: 300 })),
    });
    expect(s.total).toBe(100);
  });

  it("plan part: credit for keeping up with what is due, and overdue items explained", () => {
    const milestones = [
      { status: "DONE" as const, dueDate: "2025-01-01" },
      { status: "OPEN" as const, dueDate: "2025-05-01" },
      { status: "OPEN" as const, dueDate: "2025-05-02", customDueDate: "2025-07-01" }, // re-dated: not due yet
      { status: "OPEN" as const, dueDate: "2025-09-01" },
    ];
    const p = part({ ...empty, milestones }, "plan");
    expect(p.points).toBe(13); // 20 × 1/2 on track + 10 × 1/4 done, rounded
    expect(p.explanation).toMatch(/1 of 2 milestones due so far are done or skipped \(1 overdue\)/);
    expect(part({ ...empty, milestones: [{ status: "OPEN", dueDate: "2025-09-01" }] }, "plan")).toMatchObject({
      points: 20,
      explanation: expect.stringMatching(/Nothing is due yet/),
    });
  });

  it("practice part follows the readiness verdict", () => {
    const base = { ...empty, credentialCode: "CPC", credentialStatus: "PLANNED" as const };
    expect(part(base, "practice").points).toBe(0);
    expect(part({ ...base, exams: [exam("2025-05-01", 35)] }, "practice").points).toBe(15); // 10 + 10 × 35/70
    expect(part({ ...base, exams: [exam("2025-05-01", 80)] }, "practice").points).toBe(27);
    const ready = part({ ...base, exams: [exam("2025-05-01", 80), exam("2025-05-02", 80), exam("2025-05-03", 80)] }, "practice");
    expect(ready).toMatchObject({ points: 35, explanation: expect.stringMatching(/^Ready\./) });
    expect(part({ ...base, credentialStatus: "PASSED_APPRENTICE" }, "practice").points).toBe(35);
  });

  it("study part compares the last 4 weeks with the target", () => {
    const p = part({ ...empty, weeklyTargetHours: 10, studySessions: [{ date: "2025-05-28", minutes: 1200 }] }, "study");
    expect(p.points).toBe(10); // 1200 min over 4 weeks = 300/week vs 600
    expect(p.explanation).toMatch(/About 5 h a week over the last 4 weeks vs your 10 h target/);
  });

  it("credential part follows the lifecycle", () => {
    const points = (credentialStatus: ReadinessInput["credentialStatus"]) => part({ ...empty, credentialStatus }, "credential").points;
    expect(
      ["NONE", "PLANNED", "SCHEDULED", "FAILED", "PASSED_APPRENTICE", "ACTIVE", "LAPSED"].map((s) =>
        points(s as ReadinessInput["credentialStatus"]),
      ),
    ).toEqual([0, 3, 8, 5, 13, 15, 5]);
  });

  it("never leaves 0..100 and survives junk rows", () => {
    const s = readinessScore({
      ...empty,
      credentialCode: "CPC",
      credentialStatus: "SCHEDULED",
      weeklyTargetHours: -4,
      milestones: [{ status: "OPEN", dueDate: "not-a-date" }],
      exams: [{ ...exam("2025-05-01", 500) }],
      studySessions: [{ date: "2025-05-01", minutes: -100 }],
    });
    expect(s.total).toBeGreaterThanOrEqual(0);
    expect(s.total).toBeLessThanOrEqual(100);
  });
});
