import { describe, expect, it } from "vitest";
import { studySummary, weeklyStudyTotals, type StudySession } from "@/lib/domain/study";

const sessions: StudySession[] = [
  { date: "2026-11-23", minutes: 120, topic: "ICD-10-CM" }, // Monday
  { date: "2026-11-29", minutes: 90 }, // Sunday, same week
  { date: "2026-11-22", minutes: 60 }, // Sunday, previous week
  { date: "2026-11-10", minutes: 600 }, // two weeks back
];

describe("weeklyStudyTotals", () => {
  it("buckets sessions into Monday-start ISO weeks, oldest first, empty weeks included", () => {
    const weeks = weeklyStudyTotals(sessions, 5, "2026-11-27", 4);
    expect(weeks.map((w) => [w.weekStart, w.weekEnd, w.minutes])).toEqual([
      ["2026-11-02", "2026-11-08", 0],
      ["2026-11-09", "2026-11-15", 600],
      ["2026-11-16", "2026-11-22", 60],
      ["2026-11-23", "2026-11-29", 210],
    ]);
    expect(weeks[3]).toMatchObject({ isoYear: 2026, isoWeek: 48, targetMinutes: 300, progress: 0.7, met: false });
    expect(weeks[1]).toMatchObject({ progress: 1, met: true });
  });
  it("labels weeks that span a year end with their ISO year", () => {
    const weeks = weeklyStudyTotals([{ date: "2027-01-01", minutes: 30 }], 1, "2027-01-01", 1);
    expect(weeks[0]).toMatchObject({ weekStart: "2026-12-28", isoYear: 2026, isoWeek: 53, minutes: 30 });
  });
  it("ignores invalid sessions and future weeks", () => {
    const weeks = weeklyStudyTotals(
      [
        { date: "2026-11-24", minutes: -30 },
        { date: "2026-11-24", minutes: Number.NaN },
        { date: "2026-02-30", minutes: 30 },
        { date: "2026-11-24", minutes: 5000 },
        { date: "2026-12-10", minutes: 45 },
        { date: "2026-11-24", minutes: 15 },
      ],
      2,
      "2026-11-27",
      1,
    );
    expect(weeks[0]?.minutes).toBe(15);
  });
  it("treats a missing or zero target as no target", () => {
    const weeks = weeklyStudyTotals(sessions, 0, "2026-11-27", 1);
    expect(weeks[0]).toMatchObject({ targetMinutes: 0, progress: null, met: false });
    expect(weeklyStudyTotals(sessions, Number.NaN, "2026-11-27", 1)[0]?.targetMinutes).toBe(0);
  });
  it("returns nothing for an invalid today and bounds the number of weeks", () => {
    expect(weeklyStudyTotals(sessions, 5, "bad")).toEqual([]);
    expect(weeklyStudyTotals(sessions, 5, "2026-11-27", 0)).toHaveLength(1);
    expect(weeklyStudyTotals(sessions, 5, "2026-11-27", 1000)).toHaveLength(104);
    expect(weeklyStudyTotals(sessions, 5, "2026-11-27")).toHaveLength(8);
  });
});

describe("studySummary", () => {
  it("summarizes this week against the target", () => {
    const s = studySummary(sessions, 5, "2026-11-27", 4)!;
    expect(s.thisWeek.minutes).toBe(210);
    expect(s.remainingThisWeek).toBe(90);
    expect(s.averageMinutes).toBe(217.5);
    expect(s.weeksMet).toBe(1);
  });
  it("is null for an invalid date", () => {
    expect(studySummary(sessions, 5, "2026-13-01")).toBeNull();
  });
});
