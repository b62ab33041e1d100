import { describe, expect, it } from "vitest";
import { buildIcs, escapeIcsText, foldIcsLine, icsTimestamp } from "@/lib/domain/ics";

const stamp = new Date("2026-11-27T15:04:05.123Z");
const octets = (s: string) => new TextEncoder().encode(s).length;
/** RFC 5545 unfolding: remove CRLF followed by one space. */
const unfold = (s: string) => s.replace(/\r\n /g, "");

describe("buildIcs", () => {
  const ics = buildIcs(
    [
      { uid: "milestone-1@chartpath", title: "Sit the CPC exam", date: "2025-09-30", description: "Bring ID; arrive early" },
      { uid: "milestone-2@chartpath", title: "Leap day, review", date: "2024-02-29" },
    ],
    "Chartpath plan",
    stamp,
  );

  it("uses CRLF line endings only, ending with CRLF", () => {
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });
  it("writes a calendar with all-day events and the caller's DTSTAMP", () => {
    const lines = ics.split("\r\n");
    expect(lines.slice(0, 6)).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Chartpath//Learner plan//EN",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "X-WR-CALNAME:Chartpath plan",
    ]);
    expect(lines).toContain("DTSTAMP:20261127T150405Z");
    expect(lines).toContain("DTSTART;VALUE=DATE:20250930");
    expect(lines).toContain("DTEND;VALUE=DATE:20251001");
    expect(lines).toContain("DTSTART;VALUE=DATE:20240229");
    expect(lines).toContain("DTEND;VALUE=DATE:20240301");
    expect(lines).toContain("DESCRIPTION:Bring ID\\; arrive early");
    expect(lines).toContain("SUMMARY:Leap day\\, review");
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith("DESCRIPTION")).length).toBe(1);
    expect(lines.at(-2)).toBe("END:VCALENDAR");
  });
  it("is deterministic for the same input", () => {
    expect(buildIcs([], "x", stamp)).toBe(buildIcs([], "x", stamp));
    expect(buildIcs([], "x", stamp)).not.toMatch(/VEVENT/);
  });
  it("folds long lines at 75 octets and unfolds back to the original", () => {
    const title = "Résumé keywords — ICD-10-CM, CPT, HCPCS Level II; denials management 🙂 ".repeat(4);
    const out = buildIcs([{ uid: "u@chartpath", title, date: "2025-01-01" }], "Plan", stamp);
    for (const line of out.split("\r\n")) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(unfold(out)).toContain(`SUMMARY:${escapeIcsText(title)}`);
  });
  it("throws on an invalid event date (a caller bug, not user input)", () => {
    expect(() => buildIcs([{ uid: "x", title: "x", date: "2025-02-30" }], "Plan", stamp)).toThrow(RangeError);
    expect(() => buildIcs([], "Plan", new Date("nope"))).toThrow(RangeError);
  });
});

describe("escaping and folding", () => {
  it("escapes backslash, semicolon, comma and every newline form", () => {
    expect(escapeIcsText("a\\b;c,d\ne\r\nf\rg")).toBe("a\\\\b\\;c\\,d\\ne\\nf\\ng");
  });
  it("never splits a multi-byte character", () => {
    const folded = foldIcsLine("X".repeat(74) + "é" + "Y".repeat(10));
    const [first, second] = folded.split("\r\n");
    expect(first).toBe("X".repeat(74)); // é (2 octets) would make 76
    expect(second).toBe(" é" + "Y".repeat(10));
  });
  it("leaves short lines alone and counts the continuation space", () => {
    expect(foldIcsLine("SHORT")).toBe("SHORT");
    expect(foldIcsLine("A".repeat(75))).toBe("A".repeat(75));
    const parts = foldIcsLine("A".repeat(75 + 74 + 1)).split("\r\n");
    expect(parts.map((p) => p.length)).toEqual([75, 75, 2]);
  });
  it("formats timestamps in UTC basic format", () => {
    expect(icsTimestamp(new Date(Date.UTC(2024, 1, 29, 0, 0, 0)))).toBe("20240229T000000Z");
  });
});
