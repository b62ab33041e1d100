import { describe, expect, it } from "vitest";
import { ceuCycle, ceuProgress, ceuRequirement } from "@/lib/domain/ceu";

function required(...args: Parameters<typeof ceuRequirement>): number {
  const r = ceuRequirement(...args);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value.required;
}

describe("ceuRequirement", () => {
  it("AAPC: 36/40/44/48/52 by number of credentials", () => {
    expect([1, 2, 3, 4, 5, 6, 9].map((n) => required("AAPC", n))).toEqual([36, 40, 44, 48, 52, 52, 52]);
    expect(required("AAPC", ["CPC"])).toBe(36);
    expect(required("AAPC", ["CPC-A", "CPC"])).toBe(36); // the apprentice designation is the same credential
    expect(required("AAPC", ["CPC", "COC", "CRC"])).toBe(44);
    const r = ceuRequirement("AAPC", 6);
    expect(r.ok && r.value.explanation).toMatch(/5 or more/);
  });
  it("AHIMA: 20 (CCA/CCS/CCS-P/RHIT) or 30 (RHIA), +10 per extra, at most 50", () => {
    expect(required("AHIMA", ["CCA"])).toBe(20);
    expect(required("AHIMA", ["RHIT"])).toBe(20);
    expect(required("AHIMA", ["RHIA"])).toBe(30);
    expect(required("AHIMA", ["RHIT", "CCS"])).toBe(30);
    expect(required("AHIMA", ["RHIA", "CCS"])).toBe(40);
    expect(required("AHIMA", ["RHIA", "CCS", "CCS-P"])).toBe(50);
    expect(required("AHIMA", ["RHIA", "CCS", "CCS-P", "CCA", "RHIT"])).toBe(50);
    expect(required("AHIMA", 2)).toBe(30);
  });
  it("rejects zero, negative, fractional counts and unknown codes", () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(ceuRequirement("AAPC", bad).ok).toBe(false);
    expect(ceuRequirement("AAPC", []).ok).toBe(false);
    expect(ceuRequirement("AAPC", [" "]).ok).toBe(false);
    const r = ceuRequirement("AAPC", ["CCA"]);
    expect(!r.ok && r.errors[0]?.message).toMatch(/Not an AAPC credential: CCA/);
    expect(ceuRequirement("AHIMA", ["CPC"]).ok).toBe(false);
    expect(ceuRequirement("NCCT" as "AAPC", 1)).toMatchObject({ ok: false, errors: [{ field: "body" }] });
    expect(ceuRequirement("AAPC", [42] as unknown as string[]).ok).toBe(false);
  });
});

describe("ceuCycle", () => {
  it("runs two years from the anchor (AHIMA: the exam date)", () => {
    expect(ceuCycle("AHIMA", "2025-06-15")).toEqual({ ok: true, value: { start: "2025-06-15", end: "2027-06-14", number: 1 } });
  });
  it("finds the cycle containing today, exactly at the boundaries", () => {
    expect(ceuCycle("AAPC", "2025-06-15", "2027-06-14")).toMatchObject({ value: { start: "2025-06-15", number: 1 } });
    expect(ceuCycle("AAPC", "2025-06-15", "2027-06-15")).toMatchObject({ value: { start: "2027-06-15", end: "2029-06-14", number: 2 } });
    expect(ceuCycle("AAPC", "2025-06-15", "2024-01-01")).toMatchObject({ value: { number: 1 } });
  });
  it("covers a full two years from a Feb 29 exam date without drifting", () => {
    expect(ceuCycle("AHIMA", "2024-02-29")).toMatchObject({ value: { end: "2026-02-28" } });
    expect(ceuCycle("AHIMA", "2024-02-29", "2026-03-01")).toMatchObject({ value: { start: "2026-03-01", end: "2028-02-28", number: 2 } });
    expect(ceuCycle("AHIMA", "2024-02-29", "2028-02-29")).toMatchObject({ value: { start: "2028-02-29", end: "2030-02-28", number: 3 } });
    // A cycle that ends in a leap February includes Feb 29.
    expect(ceuCycle("AHIMA", "2022-03-01")).toMatchObject({ value: { end: "2024-02-29" } });
  });
  it("rejects invalid dates and bodies", () => {
    expect(ceuCycle("AHIMA", "2023-02-29").ok).toBe(false);
    expect(ceuCycle("AHIMA", "2024-01-01", "soon").ok).toBe(false);
    expect(ceuCycle("NCCT" as "AAPC", "2024-01-01").ok).toBe(false);
  });
});

describe("ceuProgress", () => {
  const cycle = { required: 36, cycleStart: "2025-01-01", cycleEnd: "2026-12-31" };
  const progress = (earned: number, today: string) => {
    const r = ceuProgress({ ...cycle, earned, today });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return r.value;
  };
  it("expects a straight-line pace and flags being behind", () => {
    const half = progress(10, "2025-12-31"); // day 365 of 730
    expect(half.expectedByNow).toBe(18);
    expect(half.behind).toBe(true);
    expect(half.message).toMatch(/^Behind: 10 of 36 CEUs earned, about 18 expected/);
    expect(progress(17, "2025-12-31").behind).toBe(false); // within one CEU of the line
  });
  it("is not behind on the first day, and expects everything on the last", () => {
    expect(progress(0, "2025-01-01")).toMatchObject({ behind: false, daysLeft: 729, remaining: 36 });
    expect(progress(0, "2024-12-01")).toMatchObject({ expectedByNow: 0, behind: false });
    const last = progress(35, "2026-12-31");
    expect(last).toMatchObject({ expectedByNow: 36, behind: false, daysLeft: 0, cycleEnded: false });
    expect(progress(34, "2026-12-31").behind).toBe(true);
  });
  it("after the cycle ends, anything missing is behind", () => {
    const after = progress(35, "2027-01-01");
    expect(after).toMatchObject({ cycleEnded: true, behind: true, remaining: 1, daysLeft: 0 });
    expect(after.message).toMatch(/ended on 2026-12-31 with 1 CEUs missing/);
  });
  it("done is done, even with extra CEUs", () => {
    expect(progress(40, "2025-02-01")).toMatchObject({ remaining: 0, behind: false });
    expect(progress(36, "2027-05-01")).toMatchObject({ remaining: 0, behind: false, cycleEnded: true });
  });
  it("rejects invalid input with field errors", () => {
    const r = ceuProgress({ required: 0, earned: -1, cycleStart: "2025-02-30", cycleEnd: "2026-12-31", today: "x" });
    expect(!r.ok && r.errors.map((e) => e.field)).toEqual(["required", "earned", "cycleStart", "today"]);
    const reversed = ceuProgress({ required: 36, earned: 0, cycleStart: "2026-01-01", cycleEnd: "2025-01-01", today: "2025-06-01" });
    expect(!reversed.ok && reversed.errors[0]?.field).toBe("cycleEnd");
  });
});
