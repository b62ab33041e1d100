import { describe, expect, it } from "vitest";
import { formatDate } from "@/lib/ui/format";
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
});

describe("formatUsd", () => {
  it("shows cents only when the amount has them", () => {
    expect(formatUsd(50250)).toBe("$50,250");
    expect(formatUsd(24.16)).toBe("$24.16");
    expect(formatUsd(24.5)).toBe("$24.50");
  });
});
