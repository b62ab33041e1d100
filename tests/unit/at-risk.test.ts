import { describe, expect, it } from "vitest";
import { riskFlags, type RiskInput } from "@/lib/domain/at-risk";

const base: RiskInput = {
  today: "2026-11-27",
  joinedOn: "2026-09-01",
  lastActiveOn: "2026-11-25",
  overdueMilestones: 0,
  firstOverdueOn: null,
  examDate: null,
  passed: false,
  recentPracticeAverage: null,
  recentPracticeCount: 0,
  passingPercent: 70,
  inJobHuntPhase: false,
  jobHuntSince: null,
  lastApplicationOn: null,
  overdueFollowUps: 0,
  firstOverdueFollowUpOn: null,
};
const kinds = (r: Partial<RiskInput>) => riskFlags({ ...base, ...r }).map((f) => f.kind);

describe("at-risk flags", () => {
  it("flags nothing for an active learner on track", () => {
    expect(kinds({})).toEqual([]);
  });

  it("flags 14+ days without activity, counting from joining when never active", () => {
    expect(kinds({ lastActiveOn: "2026-11-13" })).toEqual(["NO_ACTIVITY"]);
    expect(kinds({ lastActiveOn: "2026-11-14" })).toEqual([]);
    const [flag] = riskFlags({ ...base, lastActiveOn: null, joinedOn: "2026-11-01" });
    expect(flag).toMatchObject({ kind: "NO_ACTIVITY", since: "2026-11-01", reason: "No activity for 26 days (since joining)." });
  });

  it("flags overdue milestones since the oldest one", () => {
    expect(riskFlags({ ...base, overdueMilestones: 2, firstOverdueOn: "2026-11-02" })[0]).toMatchObject({
      kind: "BEHIND_PLAN",
      since: "2026-11-02",
      reason: "2 milestones overdue.",
    });
  });

  it("flags a practice average under the bar only within 30 days of the exam, and not after passing", () => {
    expect(kinds({ examDate: "2026-12-20", recentPracticeAverage: 64, recentPracticeCount: 3 })).toEqual(["PRACTICE_BELOW_BAR"]);
    expect(kinds({ examDate: "2026-12-27", recentPracticeAverage: 64, recentPracticeCount: 3 })).toEqual(["PRACTICE_BELOW_BAR"]);
    expect(kinds({ examDate: "2026-12-28", recentPracticeAverage: 64, recentPracticeCount: 3 })).toEqual([]);
    expect(kinds({ examDate: "2026-12-20", recentPracticeAverage: 74, recentPracticeCount: 3 })).toEqual([]);
    expect(kinds({ examDate: "2026-12-20", recentPracticeCount: 0 })).toEqual(["PRACTICE_BELOW_BAR"]);
    expect(kinds({ examDate: "2026-12-20", recentPracticeAverage: 50, recentPracticeCount: 2, passed: true })).toEqual([]);
    expect(kinds({ examDate: "2026-11-20", recentPracticeAverage: 50, recentPracticeCount: 2 })).toEqual([]);
  });

  it("compares the practice average with the credential's own bar, not a fixed 70%", () => {
    expect(kinds({ examDate: "2026-12-20", recentPracticeAverage: 74, recentPracticeCount: 3, passingPercent: 75 })).toEqual([
      "PRACTICE_BELOW_BAR",
    ]);
    expect(kinds({ examDate: "2026-12-20", recentPracticeAverage: 66, recentPracticeCount: 3, passingPercent: 65 })).toEqual([]);
    const [flag] = riskFlags({ ...base, examDate: "2026-12-20", recentPracticeAverage: 60.3, recentPracticeCount: 3, passingPercent: 75 });
    expect(flag?.reason).toBe("Exam in 23 days; practice average 60.3% (last 3 attempts) is under the 75% bar.");
  });

  it("flags a job hunt with no application for 21 days", () => {
    expect(kinds({ inJobHuntPhase: true, lastApplicationOn: "2026-11-06" })).toEqual(["JOB_HUNT_STALLED"]);
    expect(kinds({ inJobHuntPhase: true, lastApplicationOn: "2026-11-07" })).toEqual([]);
    expect(kinds({ inJobHuntPhase: true, jobHuntSince: "2026-10-01" })).toEqual(["JOB_HUNT_STALLED"]);
    expect(kinds({ inJobHuntPhase: false, lastApplicationOn: "2026-01-01" })).toEqual([]);
  });

  it("flags overdue follow-ups", () => {
    expect(riskFlags({ ...base, overdueFollowUps: 1, firstOverdueFollowUpOn: "2026-11-20" })[0]).toMatchObject({
      kind: "FOLLOW_UPS_OVERDUE",
      reason: "1 application follow-up overdue.",
    });
  });
});
