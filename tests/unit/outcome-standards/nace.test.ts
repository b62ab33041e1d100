// NACE first destination, classes of 2025 and 2026, computed by hand from fixture.ts.
// A graduate's first destination is the latest outcome learned by 31 December of the class year.
import { describe, expect, it } from "vitest";
import { rateOf, sorted, summary } from "./helpers";

describe("NACE Class of 2025 (graduated 1 July 2024 – 30 June 2025, collected through 31 December 2025)", () => {
  it("knowledge rate, below the 65% standard", () => {
    // Graduates: L01 L02 L05b L09 L10 L11 L12 L13 L14 L15 L16 L17 L18 = 13.
    // Known by 31 Dec 2025: L01 L02 L05b L09 (employed) L10 (self-employed) L11 (not seeking) L13 (military) L17 (seeking) = 8.
    // Unknown: L12 L14 L15 L16 (nothing), L18 (job learned 12 Jan 2026, after the cut-off).
    // 8/13 = 61.5% < 65%
    const m = rateOf("NACE", 2025, "knowledge");
    expect(summary(m)).toEqual({
      numerator: 8,
      denominator: 13,
      rate: 61.5,
      counted: ["L01", "L02", "L05", "L09", "L10", "L11", "L13", "L17"],
    });
    expect(m.threshold).toEqual({ minPercent: 65, met: false });
  });

  it("career outcomes rate", () => {
    // (employed L01 L02 L05b L09 L10 = 5 + service 0 + military L13 = 1 + continuing education 0)
    //   ÷ (known 8 − not seeking L11 = 1) = 6/7 = 85.7%   (L17 seeking stays in the denominator)
    const m = rateOf("NACE", 2025, "careerOutcomes");
    expect(summary(m)).toEqual({ numerator: 6, denominator: 7, rate: 85.7, counted: ["L01", "L02", "L05", "L09", "L10", "L13"] });
    expect(m.excluded).toContainEqual({ learnerId: "L18", why: "Outcome learned after the 2025-12-31 cut-off" });
    expect(m.excluded).toContainEqual({ learnerId: "L11", why: "Not seeking employment or further education" });
    expect(sorted(m.excluded.map((e) => e.learnerId))).toEqual(["L11", "L12", "L14", "L15", "L16", "L18"]);
  });

  it("full time (≥ 30 h/week) among the employed", () => {
    // Employed with hours: L01 40, L02 35, L05b 30 (exactly 30 is full time), L09 40, L10 25 → 4/5 = 80%
    expect(summary(rateOf("NACE", 2025, "fullTime"))).toEqual({
      numerator: 4,
      denominator: 5,
      rate: 80,
      counted: ["L01", "L02", "L05", "L09"],
    });
  });
});

describe("NACE Class of 2026 (graduated 1 July 2025 – 30 June 2026, collected through 31 December 2026)", () => {
  it("knowledge rate, meeting the standard", () => {
    // Graduates: L04 L06 L22 L38 L26 L27 L28 L29 L33 L34 L35 L39 L40 L03b = 14; unknown: L39 only.
    // 13/14 = 92.9% ≥ 65%
    const m = rateOf("NACE", 2026, "knowledge");
    expect({ numerator: m.numerator, denominator: m.denominator, rate: m.rate, threshold: m.threshold }).toEqual({
      numerator: 13,
      denominator: 14,
      rate: 92.9,
      threshold: { minPercent: 65, met: true },
    });
  });

  it("career outcomes rate", () => {
    // (employed L04 L22 L38 L26 L28 L29 L40 L03b = 8 + service L27 + military 0 + continuing education L06 L33 = 2)
    //   ÷ (known 13 − not seeking L34) = 11/12 = 91.7%   (L35 seeking)
    expect(summary(rateOf("NACE", 2026, "careerOutcomes"))).toMatchObject({ numerator: 11, denominator: 12, rate: 91.7 });
  });

  it("full time among the employed", () => {
    // With hours: L04 20, L22 40, L38 20, L26 40, L28 40, L40 45, L03b 36 = 7 (L29's hours not recorded: excluded).
    // ≥ 30: L22 L26 L28 L40 L03b = 5 → 5/7 = 71.4%
    const m = rateOf("NACE", 2026, "fullTime");
    expect(summary(m)).toEqual({ numerator: 5, denominator: 7, rate: 71.4, counted: ["L03", "L22", "L26", "L28", "L40"] });
    expect(m.excluded).toEqual([{ learnerId: "L29", why: "Employed, hours per week not recorded" }]);
  });
});
