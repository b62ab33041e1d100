import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  addDays,
  addFractionalMonths,
  addMonths,
  compareIsoDates,
  diffDays,
  fromUtcDate,
  isLeapYear,
  isValidIsoDate,
  isoWeek,
  isoWeekStart,
  maxIsoDate,
  minIsoDate,
  toUtcDate,
} from "@/lib/domain/dates";

describe("isValidIsoDate", () => {
  it("accepts real dates, including Feb 29 in leap years", () => {
    expect(isValidIsoDate("2024-02-29")).toBe(true);
    expect(isValidIsoDate("2000-02-29")).toBe(true);
    expect(isValidIsoDate("2026-12-31")).toBe(true);
  });
  it("rejects impossible or malformed dates and non-strings", () => {
    for (const bad of [
      "2023-02-29",
      "1900-02-29",
      "2024-13-01",
      "2024-00-10",
      "2024-04-31",
      "2024-4-1",
      "2024-04-01T00:00",
      "",
      "0000-01-01",
    ]) {
      expect(isValidIsoDate(bad), bad).toBe(false);
    }
    for (const bad of [null, undefined, 20240101, {}, new Date()]) expect(isValidIsoDate(bad)).toBe(false);
  });
});

describe("leap years", () => {
  it("follows the Gregorian rule", () => {
    expect([2024, 2000, 1996].map(isLeapYear)).toEqual([true, true, true]);
    expect([2023, 1900, 2100].map(isLeapYear)).toEqual([false, false, false]);
  });
});

describe("addDays / diffDays", () => {
  it("crosses month, year and leap-day boundaries", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(addDays("2024-01-01", 0)).toBe("2024-01-01");
  });
  it("counts days in UTC regardless of DST", () => {
    expect(diffDays("2024-01-01", "2025-01-01")).toBe(366);
    expect(diffDays("2025-01-01", "2026-01-01")).toBe(365);
    expect(diffDays("2026-03-07", "2026-03-09")).toBe(2);
    expect(diffDays("2026-03-09", "2026-03-07")).toBe(-2);
  });
  it("throws on malformed input (callers validate first)", () => {
    expect(() => addDays("2023-02-29", 1)).toThrow(RangeError);
    expect(() => addDays("2024-01-01", 1.5)).toThrow(RangeError);
  });
});

describe("addMonths", () => {
  it("clamps to the end of the month", () => {
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2023-01-31", 1)).toBe("2023-02-28");
    expect(addMonths("2024-02-29", 12)).toBe("2025-02-28");
    expect(addMonths("2024-02-29", 48)).toBe("2028-02-29");
    expect(addMonths("2024-08-31", 1)).toBe("2024-09-30");
  });
  it("handles negative offsets and year rollover", () => {
    expect(addMonths("2024-03-31", -1)).toBe("2024-02-29");
    expect(addMonths("2024-01-15", -1)).toBe("2023-12-15");
    expect(addMonths("2024-11-15", 14)).toBe("2026-01-15");
  });
});

describe("addFractionalMonths", () => {
  it("is exact for whole months and monotonic for fractions", () => {
    expect(addFractionalMonths("2025-01-01", 3)).toBe("2025-04-01");
    expect(addFractionalMonths("2025-01-01", 0.5)).toBe("2025-01-17"); // half of January's 31 days, rounded
    let previous = "2025-01-31";
    for (let m = 0; m <= 24; m += 0.1) {
      const d = addFractionalMonths("2025-01-31", m);
      expect(d >= previous).toBe(true);
      previous = d;
    }
  });
});

describe("compare, min, max, conversions", () => {
  it("compares ISO dates", () => {
    expect(compareIsoDates("2024-01-01", "2024-01-02")).toBe(-1);
    expect(compareIsoDates("2024-01-02", "2024-01-02")).toBe(0);
    expect(compareIsoDates("2025-01-01", "2024-12-31")).toBe(1);
    expect(minIsoDate("2024-05-01", "2024-04-01")).toBe("2024-04-01");
    expect(maxIsoDate("2024-05-01", "2024-04-01")).toBe("2024-05-01");
  });
  it("round-trips through UTC Dates", () => {
    expect(fromUtcDate(toUtcDate("2024-02-29"))).toBe("2024-02-29");
    expect(fromUtcDate(new Date("2026-03-01T23:30:00Z"))).toBe("2026-03-01");
    expect(() => fromUtcDate(new Date("nope"))).toThrow(RangeError);
  });
});

describe("ISO weeks", () => {
  it("starts weeks on Monday", () => {
    expect(isoWeekStart("2026-11-27")).toBe("2026-11-23"); // Friday → Monday
    expect(isoWeekStart("2026-11-23")).toBe("2026-11-23");
    expect(isoWeekStart("2026-11-29")).toBe("2026-11-23"); // Sunday belongs to the same week
  });
  it("numbers weeks per ISO 8601 across year ends", () => {
    expect(isoWeek("2021-01-03")).toEqual({ year: 2020, week: 53 });
    expect(isoWeek("2024-12-30")).toEqual({ year: 2025, week: 1 });
    expect(isoWeek("2026-01-01")).toEqual({ year: 2026, week: 1 });
    expect(isoWeek("2026-11-27")).toEqual({ year: 2026, week: 48 });
  });
});

// The integer day arithmetic against JavaScript's own UTC calendar.
describe("day arithmetic agrees with Date", () => {
  const DAY = 86_400_000;
  const viaDate = (iso: string, days: number) => fromUtcDate(new Date(toUtcDate(iso).getTime() + days * DAY));
  const mondayViaDate = (iso: string) => viaDate(iso, -((toUtcDate(iso).getUTCDay() + 6) % 7));

  it("day by day from 1600 to 2400", () => {
    let date = new Date(Date.UTC(1600, 0, 1));
    let iso = fromUtcDate(date);
    const mismatches: string[] = [];
    while (date.getUTCFullYear() < 2400) {
      const next = new Date(date.getTime() + DAY);
      const nextIso = fromUtcDate(next);
      if (
        addDays(iso, 1) !== nextIso ||
        addDays(nextIso, -1) !== iso ||
        diffDays("1970-01-01", iso) !== Math.round(date.getTime() / DAY) ||
        isoWeekStart(iso) !== mondayViaDate(iso)
      )
        mismatches.push(iso);
      date = next;
      iso = nextIso;
    }
    expect(mismatches).toEqual([]);
    // Exhaustive (292,000 days), not a speed check: a busy machine must not fail it.
  }, 30_000);

  it("for random dates and offsets across years 1–9999", () => {
    const isoDate = fc
      .date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true })
      .map(fromUtcDate);
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -400_000, max: 400_000 }), (iso, days) => {
        const target = viaDate(iso, days);
        fc.pre(/^\d{4}-/.test(target) && isValidIsoDate(target));
        expect(addDays(iso, days)).toBe(target);
        expect(diffDays(iso, target)).toBe(days);
        expect(isoWeekStart(iso)).toBe(mondayViaDate(iso));
      }),
      { numRuns: 2000 },
    );
  });
});
