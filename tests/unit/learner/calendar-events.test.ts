// What a learner's calendar holds, read back with an independent parser (ical.js).
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { FEED_REFRESH_HOURS, followUpCalendarEvents, planCalendarEvents } from "@/lib/domain/calendar-events";
import { buildIcs } from "@/lib/domain/ics";

const at = new Date("2026-11-02T10:00:00Z");
const milestone = (id: string, status: "OPEN" | "DONE" | "SKIPPED", customDueDate: string | null = null) => ({
  id,
  title: `Milestone ${id}`,
  description: "Read chapter 3; then, take the quiz",
  status,
  dueDate: "2026-12-10",
  customDueDate,
  updatedAt: at,
});

describe("planCalendarEvents", () => {
  it("drops skipped milestones, marks done ones and uses the learner's own date", () => {
    const events = planCalendarEvents([milestone("a", "OPEN", "2026-12-20"), milestone("b", "DONE"), milestone("c", "SKIPPED")], [], null);
    expect(events.map((e) => [e.uid, e.title, e.date])).toEqual([
      ["milestone-a@chartpath", "Milestone a", "2026-12-20"],
      ["milestone-b@chartpath", "✓ Milestone b", "2026-12-10"],
    ]);
  });

  it("shows the plan's target exam date only until that credential's exam is booked", () => {
    const plan = { userId: "u1", credentialCode: "CPC", targetExamDate: "2027-03-01", updatedAt: at };
    expect(planCalendarEvents([], [], plan).map((e) => e.title)).toEqual(["Target date: CPC exam"]);
    const booked = planCalendarEvents([], [{ id: "g1", credentialCode: "CPC", examDate: "2027-02-14", updatedAt: at }], plan);
    expect(booked.map((e) => [e.uid, e.title, e.date])).toEqual([["exam-g1@chartpath", "CPC exam", "2027-02-14"]]);
    // Another credential's booking does not stand in for the plan's exam.
    const other = planCalendarEvents([], [{ id: "g2", credentialCode: "CPB", examDate: "2027-02-14", updatedAt: at }], plan);
    expect(other.map((e) => e.title)).toEqual(["CPB exam", "Target date: CPC exam"]);
  });
});

describe("the feed's iCalendar text", () => {
  it("writes the last representable day without an impossible DTEND", () => {
    const text = buildIcs([{ uid: "u@chartpath", title: "Someday", date: "9999-12-31" }], "C", at);
    expect(text).toContain("DTSTART;VALUE=DATE:99991231\r\n");
    expect(text).not.toContain("DTEND");
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent")!);
    expect(event.startDate.toString()).toBe("9999-12-31");
  });

  it("drops control characters that TEXT values may not hold, and keeps line breaks escaped", () => {
    const text = buildIcs([{ uid: "u@chartpath", title: "Call\u001b[31m back\u0007\r\nEND:VEVENT", date: "2026-12-03" }], "C", at);
    expect(text).toContain("SUMMARY:Call[31m back\\nEND:VEVENT\r\n");
    expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
  });

  it("parses with its refresh interval, and every event keeps its text, date and last change", () => {
    const longTitle = "Coding Specialist — Outpatient Surgery, Ambulatory; Évaluation ".repeat(3).trim();
    const events = [
      ...planCalendarEvents([milestone("a", "OPEN")], [], null),
      ...followUpCalendarEvents([
        { id: "j1", company: "Mercy, Inc.", title: longTitle, followUpOn: "2026-12-03", link: null, updatedAt: at },
      ]),
    ];
    const text = buildIcs(events, "Chartpath", at, { refreshHours: FEED_REFRESH_HOURS, description: "Plan; dates" });
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue("x-published-ttl")).toBe("PT1H");
    expect(calendar.getFirstPropertyValue("description")).toBe("Plan; dates");
    const parsed = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(parsed.map((e) => [e.summary, e.startDate.toString(), e.endDate.toString(), e.startDate.isDate])).toEqual([
      ["Milestone a", "2026-12-10", "2026-12-11", true],
      [`Follow up: ${longTitle} at Mercy, Inc.`, "2026-12-03", "2026-12-04", true],
    ]);
    expect(parsed[0]!.description).toBe("Read chapter 3; then, take the quiz");
    expect(calendar.getAllSubcomponents("vevent")[0]!.getFirstPropertyValue("last-modified")?.toString()).toBe("2026-11-02T10:00:00Z");
  });
});
