// WIOA-style ETP measures for program-year exit cohorts, computed by hand from fixture.ts, as of
// 2026-12-31 (AS_OF). Exit quarter → 2nd / 4th quarter after: Q3 2024 → 2025-Q1 / 2025-Q3;
// Q4 2024 → 2025-Q2 / 2025-Q4; Q1 2025 → 2025-Q3 / 2026-Q1; Q2 2025 → 2025-Q4 / 2026-Q2; and so on.
import { describe, expect, it } from "vitest";
import { medianOf, rateOf, sorted, summary } from "./helpers";

describe("WIOA PY 2024 exiters (exits 1 July 2024 – 30 June 2025)", () => {
  // Exiters: L01 L02 L03 L05b L07 L09 L10 L11 L12 L13 L14 L15 L16 L17 L18 L19 L20 L21 = 18 (graduates, withdrawals, a transfer).
  // Excluded: L12 (health), L13 (active duty), L14 (institutionalized), L15 (deceased) = 4 → 14 counted.
  it("employment in the 2nd quarter after exit", () => {
    // L01 2025-Q2 job ✓, L02 2025-Q2 ✓, L03 ✗, L05b 2025-Q4 ✓, L07 ✗, L09 2025-Q3 ✓, L10 2025-Q4 self-employed ✓,
    // L11 ✗, L16 ✗, L17 2025-Q4 ✗ (job from Feb 2026), L18 ✗ (job from Jan 2026), L19 2025-Q3 ✓ (job until Oct 2025),
    // L20 ✗, L21 2025-Q3 ✓ (wage match only).  7/14 = 50%
    const m = rateOf("WIOA", 2025, "employmentQ2");
    expect(summary(m)).toEqual({ numerator: 7, denominator: 14, rate: 50, counted: ["L01", "L02", "L05", "L09", "L10", "L19", "L21"] });
    expect(sorted(m.excluded.map((e) => e.learnerId))).toEqual(["L12", "L13", "L14", "L15"]);
    expect(m.excluded).toContainEqual({ learnerId: "L15", why: "Excluded: deceased" });
  });

  it("employment in the 4th quarter after exit", () => {
    // L01 2025-Q4 ✓, L02 2025-Q4 ✓, L05b 2026-Q2 ✓, L09 2026-Q1 ✗ (job ended 2025-12-31), L10 2026-Q2 ✓,
    // L17 2026-Q2 ✓, L18 2026-Q2 ✓, L19 2026-Q1 ✗ (ended Oct 2025), L21 2026-Q1 ✗ (no wages); others ✗.
    // 6/14 = 42.9%
    expect(summary(rateOf("WIOA", 2025, "employmentQ4"))).toEqual({
      numerator: 6,
      denominator: 14,
      rate: 42.9,
      counted: ["L01", "L02", "L05", "L10", "L17", "L18"],
    });
  });

  it("median earnings in the 2nd quarter after exit", () => {
    // Employed in Q2 with earnings that quarter: L01 11,000 (its 2025-Q1 wages don't count), L02 9,000, L05b 10,500,
    // L09 12,000, L19 7,000, L21 4,000; L10 employed but no earnings recorded.
    // Sorted 4,000 7,000 9,000 | 10,500 11,000 12,000 → median (9,000 + 10,500) / 2 = 9,750 over n = 6
    const m = medianOf("WIOA", 2025, "medianEarningsQ2");
    expect({ median: m.median, n: m.n, counted: sorted(m.included.denominator) }).toEqual({
      median: 9750,
      n: 6,
      counted: ["L01", "L02", "L05", "L09", "L19", "L21"],
    });
    expect(m.excluded).toContainEqual({ learnerId: "L10", why: "Employed in 2025-Q4, no earnings recorded" });
    expect(m.excluded).toContainEqual({ learnerId: "L03", why: "Not employed in 2025-Q1" });
  });

  it("credential attainment during the program or within a year of exit", () => {
    // L01 ✓, L02 ✓ (2nd attempt), L05b ✓, L09 ✓, L16 ✓, L18 ✓ (passed 2026-05-30, exactly a year after its 2025-05-30 exit);
    // L19 ✗ (passed 2026-01-18, a day after its year ended 2026-01-17); L03 L07 L10 L11 L17 L20 L21 ✗.
    // 6/14 = 42.9%
    expect(summary(rateOf("WIOA", 2025, "credentialAttainment"))).toEqual({
      numerator: 6,
      denominator: 14,
      rate: 42.9,
      counted: ["L01", "L02", "L05", "L09", "L16", "L18"],
    });
  });
});

describe("WIOA PY 2025 exiters (exits 1 July 2025 – 30 June 2026), as of 2026-12-31", () => {
  // Exiters: L04 L06 L22 L24 L38 L26 L27 L28 L29 L30 L31 L33 L34 L35 L39 L40 L03b = 17.
  // Excluded: L39 (health). L06 and L33 (continuing education) are NOT excluded under WIOA.
  it("employment in the 2nd quarter after exit", () => {
    // L04 2026-Q1 ✓ (job until May 2026), L06 ✗, L22 2026-Q2 ✓, L24 ✗, L38 2026-Q2 ✓, L26 2026-Q4 ✓, L27 ✗ (service),
    // L28 2026-Q4 ✗ (job ended 2026-09-30), L29 2026-Q4 ✓, L30 ✗ (zero wages), L31 ✗, L33 ✗, L34 ✗, L35 ✗,
    // L40 2026-Q3 ✓, L03b 2026-Q4 ✓.  7/16 = 43.75% → 43.8%
    const m = rateOf("WIOA", 2026, "employmentQ2");
    expect(summary(m)).toEqual({ numerator: 7, denominator: 16, rate: 43.8, counted: ["L03", "L04", "L22", "L26", "L29", "L38", "L40"] });
    expect(m.excluded).toEqual([{ learnerId: "L39", why: "Excluded: medical treatment precluding employment" }]);
  });

  it("employment in the 4th quarter after exit leaves out exiters whose quarter has not ended", () => {
    // 4th quarter ended by 2026-12-31 only for exits up to 2025-Q4: L04 L06 L24 (2026-Q3), L22 L38 L30 (2026-Q4) = 6.
    // Not over (2027-Q1/Q2): L26 L27 L28 L29 L31 L33 L34 L35 L40 L03b = 10; plus L39 excluded.
    // Employed: L22 ✓, L38 ✓; L04 ✗ (ended May 2026), L06 L24 L30 ✗.  2/6 = 33.3%
    const m = rateOf("WIOA", 2026, "employmentQ4");
    expect(summary(m)).toEqual({ numerator: 2, denominator: 6, rate: 33.3, counted: ["L22", "L38"] });
    expect(m.excluded).toHaveLength(11);
    expect(m.excluded).toContainEqual({ learnerId: "L40", why: "2027-Q1 ends 2027-03-31, after the report date 2026-12-31" });
  });

  it("median earnings in the 2nd quarter after exit", () => {
    // L04 6,000; L22 8,000 + 5,000 = 13,000 (two employers); L38 5,000; L26 12,500; L40 9,000; L03b 11,500; L29 no earnings.
    // Sorted 5,000 6,000 9,000 | 11,500 12,500 13,000 → (9,000 + 11,500) / 2 = 10,250, n = 6
    const m = medianOf("WIOA", 2026, "medianEarningsQ2");
    expect({ median: m.median, n: m.n }).toEqual({ median: 10250, n: 6 });
    expect(m.excluded).toContainEqual({ learnerId: "L29", why: "Employed in 2026-Q4, no earnings recorded" });
  });

  it("credential attainment counts only exiters whose year after exit has ended", () => {
    // Year ended by 2026-12-31: L04 (2026-08-20) L06 L22 L24 L38 L30 = 6; the other ten end in 2027.
    // Passed: L22, L38 → 2/6 = 33.3%
    expect(summary(rateOf("WIOA", 2026, "credentialAttainment"))).toEqual({
      numerator: 2,
      denominator: 6,
      rate: 33.3,
      counted: ["L22", "L38"],
    });
  });
});
