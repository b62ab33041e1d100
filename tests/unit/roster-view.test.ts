import { describe, expect, it } from "vitest";
import { toRosterView } from "@/lib/ui/advisor/roster-view";
import type { RosterRow } from "@/lib/data/programs/roster";

const base: RosterRow = {
  id: "u1",
  name: "Lena Learner",
  cohortId: "c1",
  cohortName: "Coding Fall",
  joinedOn: "2026-01-05",
  lastActiveOn: "2026-11-20",
  path: "CODING",
  credentialCode: "CPC",
  milestonesTotal: 22,
  milestonesDone: 9,
  overdue: 2,
  firstOverdueOn: "2026-10-01",
  currentPhase: "JOB_HUNT",
  jobHuntSince: null,
  latestScore: 68,
  previousScore: 72,
  examDate: "2026-12-10",
  passed: false,
  applications: 1,
  lastAppliedOn: null,
  overdueFollowUps: 2,
  firstOverdueFollowUpOn: "2026-11-01",
  practice: {
    average: 69.7,
    attempts: 5,
    passingPercent: 70,
    recent: [69, 72, 68].map((correct) => ({ date: "2026-11-01", credentialCode: "CPC", questions: 100, correct, minutes: 240 })),
  },
  flags: [{ kind: "BEHIND_PLAN", label: "Behind plan", reason: "2 milestones overdue.", since: "2026-10-01", severity: "HIGH" }],
  tier: "HIGH",
  needsOutreach: true,
  lastContactedOn: null,
};

describe("roster view rows", () => {
  it("turns a roster row into the strings the table shows", () => {
    expect(toRosterView([base])[0]).toEqual({
      id: "u1",
      name: "Lena Learner",
      sub: "CODING · CPC",
      cohort: "Coding Fall",
      plan: "9 of 22 done",
      phase: "job hunt",
      lastActive: "Nov 20, 2026",
      practice: "69.7% avg of last 3 (latest down 4)",
      exam: "Dec 10, 2026",
      tier: "HIGH",
      needsOutreach: true,
      lastContacted: "not yet",
      flags: [{ kind: "BEHIND_PLAN", label: "Behind plan", text: "2 milestones overdue. Since Oct 1, 2026.", severity: "HIGH" }],
      jobHunt: "1 application",
      followUps: "2 follow-up(s) overdue",
    });
  });

  it("says what is missing rather than leaving cells blank", () => {
    const [v] = toRosterView([
      {
        ...base,
        path: null,
        credentialCode: null,
        milestonesTotal: 0,
        currentPhase: null,
        lastActiveOn: null,
        latestScore: null,
        previousScore: null,
        practice: { ...base.practice, average: null, recent: [] },
        examDate: null,
        applications: 0,
        overdueFollowUps: 0,
        flags: [],
      },
    ]);
    expect(v).toMatchObject({
      sub: "path not chosen",
      plan: "no plan",
      phase: null,
      lastActive: "never",
      practice: "no practice yet",
      exam: "not scheduled",
      jobHunt: "0 applications",
      followUps: null,
    });
    expect(toRosterView([{ ...base, passed: true }])[0]?.exam).toBe("passed");
  });
});
