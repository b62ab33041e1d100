import { describe, expect, it } from "vitest";
import { inWindow, quarterAfterExit, quarterOf, reportingWindow, reportingYearOf } from "@/lib/domain/reporting-windows";

describe("reporting windows", () => {
  it("runs ABHES, NACE and WIOA years 1 July – 30 June and CAHIIM's 1 August – 31 July", () => {
    expect(reportingWindow("ABHES", 2026)).toMatchObject({ label: "2025–26", start: "2025-07-01", end: "2026-06-30" });
    expect(reportingWindow("CAHIIM", 2026)).toMatchObject({ label: "2025–26", start: "2025-08-01", end: "2026-07-31" });
    expect(reportingWindow("NACE", 2026)).toMatchObject({
      label: "Class of 2026",
      start: "2025-07-01",
      end: "2026-06-30",
      collectThrough: "2026-12-31",
    });
    expect(reportingWindow("WIOA", 2026)).toMatchObject({ label: "PY 2025 exiters", start: "2025-07-01", end: "2026-06-30" });
  });

  it("puts 30 June in the ending year and 1 July in the next", () => {
    const y26 = reportingWindow("ABHES", 2026);
    expect(inWindow("2026-06-30", y26)).toBe(true);
    expect(inWindow("2026-07-01", y26)).toBe(false);
    expect(inWindow("2025-07-01", y26)).toBe(true);
    expect(inWindow("2025-06-30", y26)).toBe(false);
    expect(inWindow(undefined, y26)).toBe(false);
    expect(reportingYearOf("ABHES", "2026-06-30")).toBe(2026);
    expect(reportingYearOf("ABHES", "2026-07-01")).toBe(2027);
    expect(reportingYearOf("CAHIIM", "2026-07-31")).toBe(2026);
    expect(reportingYearOf("CAHIIM", "2026-08-01")).toBe(2027);
  });

  it("rejects a year that is not a whole four-digit year", () => {
    expect(() => reportingWindow("ABHES", 2026.5)).toThrow(RangeError);
    expect(() => reportingWindow("NACE", 99)).toThrow(RangeError);
  });
});

describe("quarters after exit (WIOA)", () => {
  it("names calendar quarters with their first and last days", () => {
    expect(quarterOf("2026-02-28")).toEqual({ year: 2026, quarter: 1, label: "2026-Q1", start: "2026-01-01", end: "2026-03-31" });
    expect(quarterOf("2025-12-31")).toMatchObject({ label: "2025-Q4", start: "2025-10-01", end: "2025-12-31" });
    expect(() => quarterOf("2026-02-30")).toThrow(RangeError);
  });

  it("counts from the exit quarter: a June exit's 2nd quarter after is October–December, its 4th April–June next year", () => {
    // DWD Wisconsin 11.5.4's example: exit in June 2017 → Q2 after = Oct–Dec 2017, Q4 after = Apr–Jun 2018.
    expect(quarterAfterExit("2017-06-01", 2)).toMatchObject({ label: "2017-Q4", start: "2017-10-01", end: "2017-12-31" });
    expect(quarterAfterExit("2017-06-01", 4)).toMatchObject({ label: "2018-Q2", start: "2018-04-01", end: "2018-06-30" });
    expect(quarterAfterExit("2025-07-01", 2).label).toBe("2026-Q1");
    expect(quarterAfterExit("2025-12-31", 4).label).toBe("2026-Q4");
  });
});
