// At-risk rules for the advisor roster. Each flag says why and since when, so an advisor can
// act on it. Thresholds follow DESIGN.md §2 and the programs issue; the passing bar and the
// practice average are the credential's own (lib/domain/practice-exams), as the learner sees them.
import { addDays, diffDays } from "@/lib/domain/dates";

const INACTIVITY_DAYS = 14;
const EXAM_WINDOW_DAYS = 30;
const JOB_HUNT_SILENCE_DAYS = 21;

export type FlagKind = "NO_ACTIVITY" | "BEHIND_PLAN" | "PRACTICE_BELOW_BAR" | "JOB_HUNT_STALLED" | "FOLLOW_UPS_OVERDUE";

export interface RiskFlag {
  kind: FlagKind;
  label: string;
  reason: string;
  since: string; // ISO date
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
    });
  }
  if (r.overdueMilestones > 0 && r.firstOverdueOn) {
    flags.push({
      kind: "BEHIND_PLAN",
      label: FLAG_LABELS.BEHIND_PLAN,
      since: r.firstOverdueOn,
      reason: `${r.overdueMilestones} milestone${r.overdueMilestones === 1 ? "" : "s"} overdue.`,
    });
  }
  if (r.examDate && !r.passed) {
    const daysToExam = diffDays(r.today, r.examDate);
    if (daysToExam >= 0 && daysToExam <= EXAM_WINDOW_DAYS) {
      const since = addDays(r.examDate, -EXAM_WINDOW_DAYS);
      if (r.recentPracticeCount === 0) {
        flags.push({
          kind: "PRACTICE_BELOW_BAR",
          label: FLAG_LABELS.PRACTICE_BELOW_BAR,
          since,
          reason: `Exam in ${daysToExam} days and no practice exam logged yet.`,
        });
      } else if ((r.recentPracticeAverage ?? 0) < r.passingPercent) {
        flags.push({
          kind: "PRACTICE_BELOW_BAR",
          label: FLAG_LABELS.PRACTICE_BELOW_BAR,
          since,
          reason: `Exam in ${daysToExam} days; practice average ${r.recentPracticeAverage ?? 0}% (last ${r.recentPracticeCount} attempt${r.recentPracticeCount === 1 ? "" : "s"}) is under the ${r.passingPercent}% bar.`,
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
      });
    }
  }
  if (r.overdueFollowUps > 0 && r.firstOverdueFollowUpOn) {
    flags.push({
      kind: "FOLLOW_UPS_OVERDUE",
      label: FLAG_LABELS.FOLLOW_UPS_OVERDUE,
      since: r.firstOverdueFollowUpOn,
      reason: `${r.overdueFollowUps} application follow-up${r.overdueFollowUps === 1 ? "" : "s"} overdue.`,
    });
  }
  return flags;
}
