import { describe, expect, it } from "vitest";
import {
  practiceTrend,
  readinessVerdict,
  scorePracticeExam,
  validatePracticeExam,
  type PracticeExamRecord,
} from "@/lib/domain/practice-exams";

const cpc = (date: string, correct: number, minutes = 240, questions = 100): PracticeExamRecord => ({
  date,
  questions,
  correct,
  minutes,
  credentialCode: "CPC",
});

describe("scorePracticeExam", () => {
  it("scores a CPC attempt against the real exam's 2.4 min/question", () => {
    const r = scorePracticeExam({ questions: 100, correct: 72, minutes: 230, credentialCode: "CPC" });
    expect(r).toEqual({
      ok: true,
      value: expect.objectContaining({
        scorePercent: 72,
        paceMinutesPerQuestion: 2.3,
        realExamPace: 2.4,
        paceVerdict: "ON_PACE",
        passingPercent: 70,
        passed: true,
      }),
    });
  });
  it("grades pace: exactly on pace, slightly slow, too slow", () => {
    const verdict = (minutes: number) => {
      const r = scorePracticeExam({ questions: 50, correct: 40, minutes, credentialCode: "CPC" });
      return r.ok ? r.value.paceVerdict : "ERR";
    };
    expect(verdict(120)).toBe("ON_PACE"); // 2.4 exactly
    expect(verdict(135)).toBe("SLIGHTLY_SLOW"); // 2.7 = ×1.125
    expect(verdict(150)).toBe("TOO_SLOW"); // 3.0 = ×1.25
  });
  it("uses each exam's own pace (CCA: 120 min / 105 questions)", () => {
    const r = scorePracticeExam({ questions: 105, correct: 80, minutes: 120, credentialCode: "CCA" });
    if (!r.ok) throw new Error();
    expect(r.value.realExamPace).toBe(1.14);
    expect(r.value.paceVerdict).toBe("ON_PACE");
    expect(r.value.passingPercent).toBe(70); // AHIMA uses scaled scores; 70% is the practice bar
  });
  it("still scores a credential without a known format", () => {
    const r = scorePracticeExam({ questions: 10, correct: 5, minutes: 20, credentialCode: "XYZ" });
    if (!r.ok) throw new Error();
    expect(r.value).toMatchObject({ scorePercent: 50, realExamPace: null, paceVerdict: "NO_REFERENCE", passed: false });
  });
  it("handles zero correct and a perfect score", () => {
    const zero = scorePracticeExam({ questions: 100, correct: 0, minutes: 240, credentialCode: "CPC" });
    const full = scorePracticeExam({ questions: 100, correct: 100, minutes: 240, credentialCode: "CPC" });
    expect(zero.ok && zero.value.scorePercent).toBe(0);
    expect(full.ok && full.value.scorePercent).toBe(100);
  });
  it("rounds scores to one decimal", () => {
    const r = scorePracticeExam({ questions: 3, correct: 2, minutes: 7, credentialCode: "CPC" });
    expect(r.ok && r.value.scorePercent).toBe(66.7);
  });
});

describe("practice exam validation", () => {
  const good = { questions: 100, correct: 70, minutes: 240, credentialCode: "CPC" };
  it.each([
    [{ correct: 101 }, "correct", /exceed/],
    [{ correct: -1 }, "correct", /0 or more/],
    [{ correct: 1.5 }, "correct", /whole/],
    [{ questions: 0 }, "questions", /1 to/],
    [{ questions: Number.NaN }, "questions", /whole/],
    [{ questions: 10_000 }, "questions", /1 to/],
    [{ minutes: 0 }, "minutes", /1 to/],
    [{ minutes: -30 }, "minutes", /1 to/],
    [{ minutes: 2000 }, "minutes", /1 to/],
    [{ credentialCode: " " }, "credentialCode", /Choose/],
  ])("rejects %j", (override, field, message) => {
    const r = scorePracticeExam({ ...good, ...override });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.field)).toEqual([field]);
      expect(r.errors[0]?.message).toMatch(message);
    }
  });
  it("does not compare correct to an invalid question count", () => {
    expect(validatePracticeExam({ questions: "100", correct: 50, minutes: 60, credentialCode: "CPC" }).map((e) => e.field)).toEqual([
      "questions",
    ]);
  });
});

describe("practiceTrend", () => {
  it("needs two attempts", () => {
    expect(practiceTrend([]).direction).toBe("INSUFFICIENT");
    expect(practiceTrend([cpc("2025-01-01", 60)]).direction).toBe("INSUFFICIENT");
  });
  it("fits a slope over the last N attempts in date order", () => {
    const exams = [cpc("2025-03-01", 70), cpc("2025-01-01", 50), cpc("2025-02-01", 60)];
    const t = practiceTrend(exams);
    expect(t.points.map((p) => p.scorePercent)).toEqual([50, 60, 70]);
    expect(t.slope).toBe(10);
    expect(t.direction).toBe("UP");
    expect(practiceTrend([...exams, cpc("2025-04-01", 40)], 2)).toMatchObject({ slope: -30, direction: "DOWN" });
    expect(practiceTrend([cpc("2025-01-01", 70), cpc("2025-01-02", 70.5, 240, 100)]).direction).toBe("INSUFFICIENT"); // 70.5 is not a whole count → skipped
    expect(practiceTrend([cpc("2025-01-01", 70), cpc("2025-01-02", 70)]).direction).toBe("FLAT");
  });
  it("skips corrupt rows instead of crashing", () => {
    const t = practiceTrend([cpc("bad", 50), cpc("2025-01-01", 200), cpc("2025-01-02", 60), cpc("2025-01-03", 65)]);
    expect(t.points).toHaveLength(2);
  });
});

describe("readinessVerdict", () => {
  const today = "2025-06-01";
  it("is NOT_STARTED with no attempts for this credential", () => {
    const v = readinessVerdict([{ ...cpc("2025-05-01", 90), credentialCode: "CPB" }], "CPC", today);
    expect(v).toMatchObject({ level: "NOT_STARTED", attempts: 0, recentAverage: null });
    expect(v.reasons[0]).toMatch(/baseline/);
  });
  it("is BUILDING below the bar and says by how much", () => {
    const v = readinessVerdict([cpc("2025-05-01", 55), cpc("2025-05-10", 62)], "CPC", today);
    expect(v.level).toBe("BUILDING");
    expect(v.reasons.join(" ")).toMatch(/Below the bar by 11.5 points/);
  });
  it("is ALMOST above the bar but with too few attempts", () => {
    const v = readinessVerdict([cpc("2025-05-01", 80), cpc("2025-05-10", 82)], "CPC", today);
    expect(v.level).toBe("ALMOST");
    expect(v.reasons.join(" ")).toMatch(/Only 2 attempt/);
  });
  it("is ALMOST when on the bar but slightly slow", () => {
    const v = readinessVerdict([cpc("2025-05-01", 80, 270), cpc("2025-05-10", 80, 270), cpc("2025-05-20", 80, 270)], "CPC", today);
    expect(v.level).toBe("ALMOST");
    expect(v.reasons.join(" ")).toMatch(/slightly slower/);
  });
  it("stays BUILDING when far too slow even with good scores", () => {
    const v = readinessVerdict([cpc("2025-05-01", 85, 400), cpc("2025-05-10", 85, 400), cpc("2025-05-20", 85, 400)], "CPC", today);
    expect(v.level).toBe("BUILDING");
    expect(v.reasons.join(" ")).toMatch(/too slow/);
  });
  it("is READY with three recent attempts above the bar at exam pace", () => {
    const v = readinessVerdict([cpc("2025-01-01", 40), cpc("2025-05-01", 76), cpc("2025-05-10", 78), cpc("2025-05-20", 80)], "CPC", today);
    expect(v).toMatchObject({ level: "READY", attempts: 4, recentAverage: 78 });
    expect(v.reasons.join(" ")).toMatch(/Consistently above the bar/);
  });
  it("ignores attempts dated after today", () => {
    expect(readinessVerdict([cpc("2025-07-01", 90)], "CPC", today).level).toBe("NOT_STARTED");
  });
  it("warns when the exam is close and scores are short", () => {
    const v = readinessVerdict([cpc("2025-05-01", 60)], "CPC", today, "2025-06-15");
    expect(v.reasons.join(" ")).toMatch(/exam is in 14 day/);
    expect(readinessVerdict([cpc("2025-05-01", 60)], "CPC", today, "2025-09-15").reasons.join(" ")).not.toMatch(/exam is in/);
  });
});

describe("same-day attempts", () => {
  // The practice page reads the newest first; two attempts on one day must still be ordered by
  // the time they were logged, so 62% then 78% is rising whatever order the rows arrive in.
  const logged = (correct: number, loggedAt: string): PracticeExamRecord => ({ ...cpc("2026-11-20", correct), loggedAt });
  it("orders by date, then by time logged", () => {
    const newestFirst = [logged(78, "2026-11-20T15:00:00.000Z"), logged(62, "2026-11-20T09:00:00.000Z")];
    const trend = practiceTrend(newestFirst, 10);
    expect(trend.points.map((p) => p.scorePercent)).toEqual([62, 78]);
    expect(trend.direction).toBe("UP");
    const verdict = readinessVerdict(newestFirst, "CPC", "2026-11-27");
    expect(verdict.reasons.join(" ")).toContain("improving by about 16 points per attempt");
  });
});

describe("practiceAverage", () => {
  it("averages the last three attempts of the credential up to today, to one decimal", async () => {
    const { practiceAverage } = await import("@/lib/domain/practice-exams");
    const exams = [
      cpc("2026-08-01", 50),
      cpc("2026-10-01", 58),
      cpc("2026-11-01", 62),
      cpc("2026-11-02", 61),
      { ...cpc("2026-11-03", 40), credentialCode: "CCA" },
      cpc("2026-12-01", 99),
    ];
    expect(practiceAverage(exams, "CPC", "2026-11-27")).toMatchObject({ average: 60.3, attempts: 4, passingPercent: 70 });
    expect(practiceAverage([], "CPC", "2026-11-27").average).toBeNull();
  });
});
