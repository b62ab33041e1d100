import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "@/lib/ui/format";
import { formatUsd } from "@/lib/content/format-fact";

describe("formatDate", () => {
  it("formats calendar dates in UTC whatever the server's zone", () => {
    expect(formatDate("2026-03-05")).toBe("Mar 5, 2026");
    expect(formatDate(new Date("2026-12-31T23:30:00Z"))).toBe("Dec 31, 2026");
  });
  it("shows a dash for missing or unparseable dates", () => {
    expect(formatDate(null)).toBe("—");
    expect(formatDate("")).toBe("—");
    expect(formatDate("not a date")).toBe("—");
  });
  it("spells calendar dates exactly as Intl does", () => {
    const intl = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
    const mismatches: string[] = [];
    for (let t = Date.UTC(1999, 0, 1); t < Date.UTC(2041, 0, 1); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      if (formatDate(iso) !== intl.format(new Date(t))) mismatches.push(iso);
    }
    expect(mismatches).toEqual([]);
    expect(formatDate("2026-02-30")).toBe(intl.format(new Date("2026-02-30"))); // what Date made of it before
  });
});

describe("formatUsd", () => {
  it("shows cents only when the amount has them", () => {
    expect(formatUsd(50250)).toBe("$50,250");
    expect(formatUsd(24.16)).toBe("$24.16");
    expect(formatUsd(24.5)).toBe("$24.50");
  });
});

describe("formatDateTime", () => {
  it("is UTC, labelled, and writes midnight as 00:00", () => {
    expect(formatDateTime(new Date("2026-11-29T00:00:00Z"))).toBe("Nov 29, 2026, 00:00 UTC");
    expect(formatDateTime(new Date("2026-11-28T21:31:09Z"))).toBe("Nov 28, 2026, 21:31 UTC");
  });
});
