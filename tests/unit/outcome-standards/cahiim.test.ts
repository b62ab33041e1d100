// CAHIIM public outcomes over its academic year (1 August – 31 July), computed by hand from fixture.ts.
// The CAHIIM year differs from ABHES's by July: L06 (graduated 1 July 2025) and L26/L39 (started July 2025)
// fall a year earlier here, and L37 (started 1 July 2026) falls inside 2025–26.
import { describe, expect, it } from "vitest";
import { rateOf, summary } from "./helpers";

describe("CAHIIM 2024–25 (1 August 2024 – 31 July 2025)", () => {
  it("graduation rate", () => {
    // Graduated: L01 L02 L05b L06 L09 L10 L11 L12 L13 L14 L15 L16 L17 L18 = 14.
    // Withdrew or transferred: L03 L19 L20 L21 = 4 (L07 left on 1 July 2024, before the year).
    // 14 / (14 + 4) = 14/18 = 77.8%
    expect(summary(rateOf("CAHIIM", 2025, "graduation"))).toMatchObject({ numerator: 14, denominator: 18, rate: 77.8 });
  });

  it("employment rate", () => {
    // Graduates with a job or self-employment (any field): L01 L02 L05b L09 L10 L17 L18 = 7.
    // Not: L06 (continuing education), L11, L12, L13 (military is not a job here), L14, L15, L16.
    // 7/14 = 50%
    expect(summary(rateOf("CAHIIM", 2025, "employment"))).toEqual({
      numerator: 7,
      denominator: 14,
      rate: 50,
      counted: ["L01", "L02", "L05", "L09", "L10", "L17", "L18"],
    });
  });

  it("retention", () => {
    // BE (enrolled 1 August 2024): L01 L02 L03 L04 L06 L09 = 6 (L07 gone on 1 July).
    // NS: L10–L18 (9) L19 L20 L21 (3) L22 L23 L24 L25 L38 L26 L39 (7) = 19; RE: L05b = 1. Denominator 26.
    // G 14 (as above); EE (31 July 2025): L04 L22 L23 L24 L25 L38 L26 L39 = 8; left: L03 L19 L20 L21.
    // (8 + 14) / (6 + 19 + 1) = 22/26 = 84.6%
    const m = rateOf("CAHIIM", 2025, "retention");
    expect(m.parts).toEqual({ BE: 6, NS: 19, RE: 1, EE: 8, G: 14 });
    expect(m.rate).toBe(84.6);
  });

  it("certification exam pass rate", () => {
    // Same sitters as ABHES 2024–25 (L06 never sat): GT 8, GP 6 → 6/8 = 75%
    expect(summary(rateOf("CAHIIM", 2025, "certification"))).toMatchObject({ numerator: 6, denominator: 8, rate: 75 });
  });
});

describe("CAHIIM 2025–26 (1 August 2025 – 31 July 2026)", () => {
  it("graduation rate", () => {
    // Graduated: L04 L22 L38 L26 L27 L28 L29 L33 L34 L35 L39 L40 L03b = 13 (L06 counted last year).
    // Withdrew: L24 L30 L31 = 3.  13/16 = 81.25% → 81.3%
    expect(summary(rateOf("CAHIIM", 2026, "graduation"))).toMatchObject({ numerator: 13, denominator: 16, rate: 81.3 });
  });

  it("employment rate", () => {
    // Employed: L04 (out of field) L22 L38 L26 L28 (out of field) L29 L40 (self-employed) L03b = 8.
    // Not: L27 (service), L33 (continuing education), L34, L35, L39.  8/13 = 61.5%
    expect(summary(rateOf("CAHIIM", 2026, "employment"))).toEqual({
      numerator: 8,
      denominator: 13,
      rate: 61.5,
      counted: ["L03", "L04", "L22", "L26", "L28", "L29", "L38", "L40"],
    });
  });

  it("retention", () => {
    // BE (enrolled 1 August 2025): L04 L22 L23 L24 L25 L38 L26 L39 = 8.
    // NS: L40 L27 L28 L29 L30 L31 L32 L33 L34 L35 L36 L37 (1 July 2026) = 12; RE: L03b L20b = 2. Denominator 22.
    // G 13; EE (31 July 2026): L23 L25 L32 L36 L37 L20b = 6; left: L24 L30 L31.
    // (6 + 13) / (8 + 12 + 2) = 19/22 = 86.4%
    const m = rateOf("CAHIIM", 2026, "retention");
    expect(m.parts).toEqual({ BE: 8, NS: 12, RE: 2, EE: 6, G: 13 });
    expect(m.rate).toBe(86.4);
  });

  it("certification exam pass rate", () => {
    // Sitters: L22 L38 L26 L27 L29 L35 L40 L03b = 8; passed all but L35 → 7/8 = 87.5%
    expect(summary(rateOf("CAHIIM", 2026, "certification"))).toMatchObject({ numerator: 7, denominator: 8, rate: 87.5 });
  });
});
