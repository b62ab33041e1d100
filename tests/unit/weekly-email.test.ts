import { describe, expect, it } from "vitest";
import {
  digestChanges,
  digestHasNews,
  readDigestSnapshot,
  upcomingExams,
  weekEnd,
  weekOf,
  weeklyEmailEnabled,
} from "@/lib/domain/weekly-email";

const row = (id: string, tier: "HIGH" | "MEDIUM" | "NONE", examDate: string | null = null) => ({ id, tier, examDate });

describe("weekly email week key", () => {
  it("is the Monday of the UTC week, the same for every day of it", () => {
    // 2026-12-07 is a Monday.
    for (const day of ["2026-12-07", "2026-12-09", "2026-12-13"]) expect(weekOf(day)).toBe("2026-12-07");
    expect(weekOf("2026-12-06")).toBe("2026-11-30");
    expect(weekOf("2027-01-01")).toBe("2026-12-28");
    expect(weekEnd("2026-12-07")).toBe("2026-12-13");
  });
});

describe("weekly email defaults", () => {
  it("sends the advisor digest unless turned off and the learner summary only when turned on", () => {
    expect(weeklyEmailEnabled("ADVISOR_DIGEST", null)).toBe(true);
    expect(weeklyEmailEnabled("ADVISOR_DIGEST", false)).toBe(false);
    expect(weeklyEmailEnabled("LEARNER_SUMMARY", undefined)).toBe(false);
    expect(weeklyEmailEnabled("LEARNER_SUMMARY", true)).toBe(true);
  });
});

describe("digest changes", () => {
  const today = "2026-12-07";

  it("lists learners flagged now but not last week as newly at risk, and the ones no longer flagged as recovered", () => {
    const previous = {
      flagged: [
        { id: "b", tier: "MEDIUM" as const },
        { id: "c", tier: "HIGH" as const },
      ],
    };
    const changes = digestChanges([row("a", "HIGH"), row("b", "NONE"), row("c", "MEDIUM"), row("d", "NONE")], previous, today);
    expect(changes.newlyAtRisk.map((r) => r.id)).toEqual(["a"]);
    expect(changes.recovered.map((r) => r.id)).toEqual(["b"]);
    expect(changes.stillAtRisk).toBe(1);
    expect(changes.snapshot).toEqual({
      flagged: [
        { id: "a", tier: "HIGH" },
        { id: "c", tier: "MEDIUM" },
      ],
    });
  });

  it("never lists a learner who left the roster as recovered", () => {
    const changes = digestChanges([row("a", "NONE")], { flagged: [{ id: "gone", tier: "HIGH" }] }, today);
    expect(changes.recovered).toEqual([]);
    expect(changes.newlyAtRisk).toEqual([]);
  });

  it("treats everyone flagged as newly at risk on the first digest", () => {
    const changes = digestChanges([row("a", "MEDIUM"), row("b", "NONE")], null, today);
    expect(changes.newlyAtRisk.map((r) => r.id)).toEqual(["a"]);
    expect(changes.recovered).toEqual([]);
  });

  it("has news only when someone is newly at risk, recovered or has an exam coming", () => {
    expect(digestHasNews(digestChanges([row("a", "NONE")], null, today))).toBe(false);
    expect(digestHasNews(digestChanges([row("a", "MEDIUM")], { flagged: [{ id: "a", tier: "MEDIUM" }] }, today))).toBe(false);
    expect(digestHasNews(digestChanges([row("a", "NONE", "2026-12-10")], null, today))).toBe(true);
    expect(digestHasNews(digestChanges([], null, today))).toBe(false);
  });
});

describe("upcoming exams", () => {
  it("keeps exams from today to 14 days ahead, soonest first", () => {
    const rows = [
      row("late", "NONE", "2026-12-22"),
      row("edge", "NONE", "2026-12-21"),
      row("today", "NONE", "2026-12-07"),
      row("past", "NONE", "2026-12-06"),
      row("none", "NONE"),
    ];
    expect(upcomingExams(rows, "2026-12-07").map((r) => r.id)).toEqual(["today", "edge"]);
  });
});

describe("stored snapshot", () => {
  it("reads a valid snapshot and drops malformed entries", () => {
    expect(readDigestSnapshot({ flagged: [{ id: "a", tier: "HIGH" }, { id: 3, tier: "HIGH" }, { id: "b", tier: "NONE" }, null] })).toEqual({
      flagged: [{ id: "a", tier: "HIGH" }],
    });
    expect(readDigestSnapshot(null)).toBeNull();
    expect(readDigestSnapshot("x")).toBeNull();
    expect(readDigestSnapshot({})).toBeNull();
  });
});
