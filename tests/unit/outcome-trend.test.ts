// Outcomes by cohort start quarter: counts summed per quarter, the rate computed once from the
// sums with the outcomes page's rate(), never an average of the cohorts' rates.
import { describe, expect, it } from "vitest";
import { hasTrend, outcomeTrend, quarterOf } from "@/lib/domain/outcome-trend";
import { rate } from "@/lib/domain/outcome-format";

const cohort = (startDate: string, joined: number, attempted: number, passed: number, placed: number) => ({
  startDate,
  joined,
  attempted,
  passed,
  placed,
});

describe("quarterOf", () => {
  it("names the calendar quarter of a date", () => {
    expect(quarterOf("2025-01-01")).toEqual({ period: "2025-Q1", label: "Q1 2025" });
    expect(quarterOf("2025-03-31")).toEqual({ period: "2025-Q1", label: "Q1 2025" });
    expect(quarterOf("2025-04-01")).toEqual({ period: "2025-Q2", label: "Q2 2025" });
    expect(quarterOf("2025-12-31")).toEqual({ period: "2025-Q4", label: "Q4 2025" });
  });
  it("refuses what is not an ISO date", () => {
    expect(() => quarterOf("03/02/2026")).toThrow(/ISO/);
    expect(() => quarterOf("2026-13-01")).toThrow(/ISO/);
  });
});

describe("outcomeTrend", () => {
  it("sums numerators and denominators per quarter instead of averaging rates", () => {
    // Q1: a big cohort at 90 % and a small one at 0 %: the quarter is 27/32, not (90 + 0) / 2.
    const points = outcomeTrend([
      cohort("2025-02-03", 40, 30, 27, 20),
      cohort("2025-03-10", 4, 2, 0, 0),
      cohort("2025-09-02", 10, 8, 6, 5),
    ]);
    expect(points.map((p) => p.label)).toEqual(["Q1 2025", "Q3 2025"]);
    expect(points[0]).toMatchObject({ cohorts: 2, joined: 44, attempted: 32, passed: 27, placed: 20 });
    expect(points[0]!.passRate).toBe(rate(27, 32));
    expect(points[0]!.passRate).toBe(84.4);
    expect(points[0]!.placementRate).toBe(45.5);
    expect(points[1]).toMatchObject({ passRate: 75, placementRate: 50 });
  });
  it("orders quarters oldest first across years", () => {
    const points = outcomeTrend([cohort("2026-01-05", 5, 0, 0, 0), cohort("2024-10-01", 5, 5, 5, 5), cohort("2025-04-01", 5, 5, 4, 1)]);
    expect(points.map((p) => p.period)).toEqual(["2024-Q4", "2025-Q2", "2026-Q1"]);
  });
  it("leaves a rate empty when its denominator is zero, and skips cohorts nobody joined", () => {
    const points = outcomeTrend([cohort("2026-01-05", 6, 0, 0, 0), cohort("2026-07-01", 0, 0, 0, 0)]);
    expect(points).toHaveLength(1);
    expect(points[0]).toMatchObject({ passRate: null, placementRate: 0 });
  });
  it("has a trend only with two or more quarters", () => {
    expect(hasTrend(outcomeTrend([]))).toBe(false);
    expect(hasTrend(outcomeTrend([cohort("2026-01-05", 6, 1, 1, 0), cohort("2026-02-05", 6, 1, 1, 0)]))).toBe(false);
    expect(hasTrend(outcomeTrend([cohort("2026-01-05", 6, 1, 1, 0), cohort("2026-04-05", 6, 1, 1, 0)]))).toBe(true);
  });
});
