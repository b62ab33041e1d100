// At-risk rules for the advisor roster. Each flag says why and since when, so an advisor can
// act on it. Thresholds follow DESIGN.md §2 and the programs issue; the passing bar and the
// practice average are the credential's own (lib/domain/practice-exams), as the learner sees them.
import { addDays, diffDays } from "@/lib/domain/dates";

const INACTIVITY_DAYS = 14;
const EXAM_WINDOW_DAYS = 30;
const JOB_HUNT_SILENCE_DAYS = 21;

// When a flag is urgent rather than a watch item: twice the time that raises it, several
// overdue items, or an exam close enough that there is little time left to change course.
const HIGH = {
  inactivityDays: 2 * INACTIVITY_DAYS,
  overdueMilestones: 3,
  overdueForDays: 30,
  examWithinDays: 14,
  jobHuntSilenceDays: 2 * JOB_HUNT_SILENCE_DAYS,
  overdueFollowUps: 3,
} as const;

/** An advisor contact (a note) within this many days counts as outreach this week. */
export const OUTREACH_DAYS = 7;

export type FlagKind = "NO_ACTIVITY" | "BEHIND_PLAN" | "PRACTICE_BELOW_BAR" | "JOB_HUNT_STALLED" | "FOLLOW_UPS_OVERDUE";

/** HIGH: act this week. MEDIUM: keep an eye on it. */
export type FlagSeverity = "HIGH" | "MEDIUM";
/** A learner's tier is their most severe flag's; NONE when nothing is flagged. */
export type RiskTier = FlagSeverity | "NONE";

/** A tier in words, the same on the roster's pill and in the advisor's weekly digest. */
export const RISK_TIER_LABEL: Record<RiskTier, string> = { HIGH: "High risk", MEDIUM: "Watch", NONE: "On track" };

export interface RiskFlag {
  kind: FlagKind;
  label: string;
  reason: string;
  since: string; // ISO date
  severity: FlagSeverity;
}

export interface RiskInput {
  today: string;
  joinedOn: string;
  lastActiveOn: string | null;
  overdueMilestones: number;
  firstOverdueOn: string | null;
  examDate: string | null;
  passed: boolean;
  /** The practice average (`practiceAverage` in lib/domain/practice-exams) and how many attempts it averages. */
  recentPracticeAverage: number | null;
  recentPracticeCount: number;
  /** The target credential's passing bar (`passingPercentFor`). */
  passingPercent: number;
  inJobHuntPhase: boolean;
  jobHuntSince: string | null;
  lastApplicationOn: string | null;
  overdueFollowUps: number;
  firstOverdueFollowUpOn: string | null;
}

export const FLAG_LABELS: Record<FlagKind, string> = {
  NO_ACTIVITY: "No recent activity",
  BEHIND_PLAN: "Behind plan",
  PRACTICE_BELOW_BAR: "Practice below passing bar",
  JOB_HUNT_STALLED: "Job hunt stalled",
  FOLLOW_UPS_OVERDUE: "Follow-ups overdue",
};

export function riskFlags(r: RiskInput): RiskFlag[] {
  const flags: RiskFlag[] = [];
  const lastSeen = r.lastActiveOn ?? r.joinedOn;
  const idle = diffDays(lastSeen, r.today);
  if (idle >= INACTIVITY_DAYS) {
    flags.push({
      kind: "NO_ACTIVITY",
      label: FLAG_LABELS.NO_ACTIVITY,
      since: lastSeen,
      reason: `No activity for ${idle} days${r.lastActiveOn ? "" : " (since joining)"}.`,
      severity: idle >= HIGH.inactivityDays ? "HIGH" : "MEDIUM",
    });
  }
  if (r.overdueMilestones > 0 && r.firstOverdueOn) {
    flags.push({
      kind: "BEHIND_PLAN",
      label: FLAG_LABELS.BEHIND_PLAN,
      since: r.firstOverdueOn,
      reason: `${r.overdueMilestones} milestone${r.overdueMilestones === 1 ? "" : "s"} overdue.`,
      severity:
        r.overdueMilestones >= HIGH.overdueMilestones || diffDays(r.firstOverdueOn, r.today) >= HIGH.overdueForDays ? "HIGH" : "MEDIUM",
    });
  }
  if (r.examDate && !r.passed) {
    const daysToExam = diffDays(r.today, r.examDate);
    if (daysToExam >= 0 && daysToExam <= EXAM_WINDOW_DAYS) {
      const since = addDays(r.examDate, -EXAM_WINDOW_DAYS);
      const severity: FlagSeverity = daysToExam <= HIGH.examWithinDays ? "HIGH" : "MEDIUM";
      if (r.recentPracticeCount === 0) {
        flags.push({
          kind: "PRACTICE_BELOW_BAR",
          label: FLAG_LABELS.PRACTICE_BELOW_BAR,
          since,
          reason: `Exam in ${daysToExam} days and no practice exam logged yet.`,
          severity,
        });
      } else if ((r.recentPracticeAverage ?? 0) < r.passingPercent) {
        flags.push({
          kind: "PRACTICE_BELOW_BAR",
          label: FLAG_LABELS.PRACTICE_BELOW_BAR,
          since,
          reason: `Exam in ${daysToExam} days; practice average ${r.recentPracticeAverage ?? 0}% (last ${r.recentPracticeCount} attempt${r.recentPracticeCount === 1 ? "" : "s"}) is under the ${r.passingPercent}% bar.`,
          severity,
        });
      }
    }
  }
  if (r.inJobHuntPhase) {
    const quietSince = r.lastApplicationOn ?? r.jobHuntSince ?? r.joinedOn;
    const quiet = diffDays(quietSince, r.today);
    if (quiet >= JOB_HUNT_SILENCE_DAYS) {
      flags.push({
        kind: "JOB_HUNT_STALLED",
        label: FLAG_LABELS.JOB_HUNT_STALLED,
        since: quietSince,
        reason: r.lastApplicationOn
          ? `In the job-hunt phase; no application for ${quiet} days.`
          : `In the job-hunt phase for ${quiet} days with no applications.`,
        severity: quiet >= HIGH.jobHuntSilenceDays ? "HIGH" : "MEDIUM",
      });
    }
  }
  if (r.overdueFollowUps > 0 && r.firstOverdueFollowUpOn) {
    flags.push({
      kind: "FOLLOW_UPS_OVERDUE",
      label: FLAG_LABELS.FOLLOW_UPS_OVERDUE,
      since: r.firstOverdueFollowUpOn,
      reason: `${r.overdueFollowUps} application follow-up${r.overdueFollowUps === 1 ? "" : "s"} overdue.`,
      severity: r.overdueFollowUps >= HIGH.overdueFollowUps ? "HIGH" : "MEDIUM",
    });
  }
  return flags;
}

export function riskTier(flags: readonly RiskFlag[]): RiskTier {
  if (flags.some((f) => f.severity === "HIGH")) return "HIGH";
  return flags.length > 0 ? "MEDIUM" : "NONE";
}

/** Flagged and not contacted (a staff note) in the last OUTREACH_DAYS days. */
export function needsOutreach(flags: readonly RiskFlag[], lastContactedOn: string | null, today: string): boolean {
  if (flags.length === 0) return false;
  return lastContactedOn === null || diffDays(lastContactedOn, today) >= OUTREACH_DAYS;
}

export interface Caseload {
  learners: number;
  high: number;
  medium: number;
  onTrack: number;
  needOutreach: number;
}

/** The counts an advisor's roster leads with. */
export function caseload(rows: readonly { tier: RiskTier; needsOutreach: boolean }[]): Caseload {
  return {
    learners: rows.length,
    high: rows.filter((r) => r.tier === "HIGH").length,
    medium: rows.filter((r) => r.tier === "MEDIUM").length,
    onTrack: rows.filter((r) => r.tier === "NONE").length,
    needOutreach: rows.filter((r) => r.needsOutreach).length,
  };
}

const TIER_RANK: Record<RiskTier, number> = { HIGH: 2, MEDIUM: 1, NONE: 0 };

/**
 * Severity order for triage: tier, then how many flags, then the flag that has waited longest.
 * Negative when `a` is more urgent.
 */
export function compareRisk(a: { flags: readonly RiskFlag[] }, b: { flags: readonly RiskFlag[] }): number {
  const tier = TIER_RANK[riskTier(b.flags)] - TIER_RANK[riskTier(a.flags)];
  if (tier !== 0) return tier;
  if (a.flags.length !== b.flags.length) return b.flags.length - a.flags.length;
  const oldest = (flags: readonly RiskFlag[]) => flags.reduce((m, f) => (f.since < m ? f.since : m), "9999-12-31");
  const x = oldest(a.flags),
    y = oldest(b.flags);
  return x < y ? -1 : x > y ? 1 : 0;
}
