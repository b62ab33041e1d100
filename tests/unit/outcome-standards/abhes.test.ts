// ABHES annual report, both reporting years, computed by hand from fixture.ts.
import { describe, expect, it } from "vitest";
import { FIXTURE } from "./fixture";
import { rateOf, sorted, summary } from "./helpers";
import { validateEnrollment } from "@/lib/domain/outcome-records";

describe("the fixture", () => {
  it("holds 40 learners in 43 valid enrollment records", () => {
    expect(new Set(FIXTURE.map((r) => r.learnerId)).size).toBe(40);
    expect(FIXTURE).toHaveLength(43);
    for (const r of FIXTURE) expect(validateEnrollment(r), r.enrollmentId).toEqual({ ok: true, value: r });
  });
});

describe("ABHES 2024–25 (1 July 2024 – 30 June 2025)", () => {
  it("retention", () => {
    // BE (enrolled 1 July 2024): L01 L02 L03 L04 L06 L07 (L07 withdrew on 1 July itself) = 6; L05, L08 left before.
    // NS: L09 (started 1 July) L10–L18 L19 L20 L21 L22 L23 L24 L25 (started 30 June) L38 = 18; RE: L05b = 1.
    // G: L01 L02 L05b L09 L10 L11 (30 June) L12–L18 = 13; EE (30 June): L04 L06 L22 L23 L24 L25 L38 = 7.
    // Left without graduating (denominator only): L03 L07 L19 L20 L21.
    // (EE 7 + G 13) / (BE 6 + NS 18 + RE 1) = 20/25 = 80%
    const m = rateOf("ABHES", 2025, "retention");
    expect(m.parts).toEqual({ BE: 6, NS: 18, RE: 1, EE: 7, G: 13 });
    expect({ numerator: m.numerator, denominator: m.denominator, rate: m.rate }).toEqual({ numerator: 20, denominator: 25, rate: 80 });
    expect(sorted(m.included.denominator.filter((id) => !m.included.numerator.includes(id)))).toEqual(["L03", "L07", "L19", "L20", "L21"]);
  });

  it("placement", () => {
    // G 13; U: L12 health, L13 military, L14 incarceration, L15 death = 4.
    // F: L01 L05b L09 L10 (self-employed) L17 = 5; R: L02 L18 = 2. Not placed: L11 (not seeking), L16 (unknown).
    // (F 5 + R 2) / (G 13 − U 4) = 7/9 = 77.8%
    const m = rateOf("ABHES", 2025, "placement");
    expect(m.parts).toEqual({ G: 13, U: 4, F: 5, R: 2 });
    expect(summary(m)).toEqual({ numerator: 7, denominator: 9, rate: 77.8, counted: ["L01", "L02", "L05", "L09", "L10", "L17", "L18"] });
    // L19 was placed and then withdrew: not a graduate, so not in placement at all.
    expect(m.excluded).toContainEqual({ learnerId: "L19", why: "Withdrew on 2025-01-17: only graduates count" });
    expect(m.excluded).toContainEqual({ learnerId: "L21", why: "Transferred on 2025-02-14: only graduates count" });
    expect(m.excluded).toContainEqual({ learnerId: "L13", why: "Documented unavailable for placement (military)" });
    expect(sorted(m.excluded.map((e) => e.learnerId))).toEqual(["L03", "L07", "L12", "L13", "L14", "L15", "L19", "L20", "L21"]);
  });

  it("credentialing exam pass", () => {
    // GT (graduates who sat): L01 L02 L05b L09 L10 L16 L17 L18 = 8.
    // GP (any attempt): L01 L02 (2nd attempt) L05b L09 L16 L18 = 6; L10 failed once, L17 failed twice.
    // GP 6 / GT 8 = 75%
    const m = rateOf("ABHES", 2025, "credentialing");
    expect(summary(m)).toEqual({ numerator: 6, denominator: 8, rate: 75, counted: ["L01", "L02", "L05", "L09", "L16", "L18"] });
    expect(sorted(m.excluded.map((e) => e.learnerId))).toEqual(["L11", "L12", "L13", "L14", "L15"]);
  });
});

describe("ABHES 2025–26 (1 July 2025 – 30 June 2026)", () => {
  it("retention", () => {
    // BE (enrolled 1 July 2025): L04 L06 (graduates on 1 July) L22 L23 L24 L25 L38 = 7 (= last year's EE).
    // NS: L26 L27 L28 L29 L30 L31 L32 L33 L34 L35 L36 L39 L40 = 13 (L37 starts 1 July 2026: next year); RE: L03b L20b = 2.
    // G: L04 L06 L22 L38 L26 L27 L28 L29 (30 June) L33 L34 L35 L39 L40 L03b = 14; EE: L23 L25 L32 L36 L20b = 5.
    // Left: L24, L30, L31 (withdrew on 30 June: not enrolled at the end).
    // (EE 5 + G 14) / (BE 7 + NS 13 + RE 2) = 19/22 = 86.4%
    const m = rateOf("ABHES", 2026, "retention");
    expect(m.parts).toEqual({ BE: 7, NS: 13, RE: 2, EE: 5, G: 14 });
    expect({ numerator: m.numerator, denominator: m.denominator, rate: m.rate }).toEqual({ numerator: 19, denominator: 22, rate: 86.4 });
    expect(sorted(m.included.denominator.filter((id) => !m.included.numerator.includes(id)))).toEqual(["L24", "L30", "L31"]);
  });

  it("placement", () => {
    // G 14; U: L06 continuing education, L33 continuing education, L39 health = 3.
    // F: L22 L38 (part time still counts) L26 L29 L03b = 5; R: L40 (self-employed) = 1.
    // Not placed: L04 and L28 (out of field), L27 (service), L34 (not seeking), L35 (seeking).
    // (F 5 + R 1) / (G 14 − U 3) = 6/11 = 54.5%
    const m = rateOf("ABHES", 2026, "placement");
    expect(m.parts).toEqual({ G: 14, U: 3, F: 5, R: 1 });
    expect(summary(m)).toEqual({ numerator: 6, denominator: 11, rate: 54.5, counted: ["L03", "L22", "L26", "L29", "L38", "L40"] });
  });

  it("credentialing exam pass", () => {
    // GT: L22 L38 L26 L27 L29 L35 L40 L03b = 8; GP: all but L35 = 7 (L27 on the second attempt).
    // GP 7 / GT 8 = 87.5%
    const m = rateOf("ABHES", 2026, "credentialing");
    expect(summary(m)).toEqual({ numerator: 7, denominator: 8, rate: 87.5, counted: ["L03", "L22", "L26", "L27", "L29", "L38", "L40"] });
  });
});
