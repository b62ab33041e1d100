import { describe, expect, it } from "vitest";
import { caseload, compareRisk, needsOutreach, riskFlags, riskTier, type RiskInput } from "@/lib/domain/at-risk";

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

describe("risk tiers and triage", () => {
  const flags = (r: Partial<RiskInput>) => riskFlags({ ...base, ...r });

  it("separates one milestone behind from ten: severity follows how far the learner has slipped", () => {
    expect(flags({ overdueMilestones: 1, firstOverdueOn: "2026-11-20" })[0]!.severity).toBe("MEDIUM");
    expect(flags({ overdueMilestones: 10, firstOverdueOn: "2026-11-20" })[0]!.severity).toBe("HIGH");
    // One milestone, but overdue for a month, is urgent too.
    expect(flags({ overdueMilestones: 1, firstOverdueOn: "2026-10-28" })[0]!.severity).toBe("HIGH");
    expect(flags({ lastActiveOn: "2026-11-10" })[0]!.severity).toBe("MEDIUM");
    expect(flags({ lastActiveOn: "2026-10-30" })[0]!.severity).toBe("HIGH");
    expect(flags({ examDate: "2026-12-20", recentPracticeCount: 0 })[0]!.severity).toBe("MEDIUM");
    expect(flags({ examDate: "2026-12-05", recentPracticeCount: 0 })[0]!.severity).toBe("HIGH");
  });

  it("a learner's tier is their most severe flag", () => {
    expect(riskTier([])).toBe("NONE");
    expect(riskTier(flags({ lastActiveOn: "2026-11-10" }))).toBe("MEDIUM");
    expect(riskTier(flags({ lastActiveOn: "2026-11-10", overdueMilestones: 4, firstOverdueOn: "2026-11-20" }))).toBe("HIGH");
  });

  it("needs outreach when flagged and not contacted in the last 7 days", () => {
    const f = flags({ lastActiveOn: "2026-11-10" });
    expect(needsOutreach(f, null, base.today)).toBe(true);
    expect(needsOutreach(f, "2026-11-20", base.today)).toBe(true);
    expect(needsOutreach(f, "2026-11-21", base.today)).toBe(false);
    expect(needsOutreach([], null, base.today)).toBe(false);
  });

  it("counts the caseload and sorts the most urgent first", () => {
    const high = { name: "H", flags: flags({ overdueMilestones: 5, firstOverdueOn: "2026-11-20" }) };
    const highOlder = { name: "O", flags: flags({ overdueMilestones: 5, firstOverdueOn: "2026-11-01" }) };
    const medium = { name: "M", flags: flags({ lastActiveOn: "2026-11-10" }) };
    const none = { name: "N", flags: [] };
    const sorted = [none, medium, high, highOlder].sort(compareRisk).map((r) => r.name);
    expect(sorted).toEqual(["O", "H", "M", "N"]);
    const rows = [high, medium, none].map((r) => ({ tier: riskTier(r.flags), needsOutreach: needsOutreach(r.flags, null, base.today) }));
    expect(caseload(rows)).toEqual({ learners: 3, high: 1, medium: 1, onTrack: 1, needOutreach: 2 });
  });
});
