// The roster rows as the table shows them: every value already a display string. The table is
// a client component so the page's payload carries these small rows once, not a rendered
// element tree per cell (which was most of the page's bytes and server time).
import type { RosterRow } from "@/lib/data/programs/roster";
import type { FlagSeverity, RiskTier } from "@/lib/domain/at-risk";
import { formatPlanProgress } from "@/lib/domain/plan";
import { formatDate } from "@/lib/ui/format";

export interface RosterViewRow {
  id: string;
  name: string;
  sub: string;
  cohort: string;
  plan: string;
  phase: string | null;
  lastActive: string;
  practice: string;
  exam: string;
  tier: RiskTier;
  /** Flagged and not contacted this week (lib/domain/at-risk needsOutreach). */
  needsOutreach: boolean;
  lastContacted: string;
  flags: { kind: string; label: string; text: string; severity: FlagSeverity }[];
  jobHunt: string;
  followUps: string | null;
}

// The practice average the learner and the at-risk flag see, with the last attempt's move.
function trend(r: RosterRow): string {
  const { average, recent } = r.practice;
  if (average == null || r.latestScore == null) return "no practice yet";
  const avg = `${average}% avg of last ${recent.length}`;
  if (r.previousScore == null) return avg;
  const d = r.latestScore - r.previousScore;
  return `${avg} (latest ${d > 0 ? "up" : d < 0 ? "down" : "flat"} ${Math.abs(d)})`;
}

export function toRosterView(rows: RosterRow[]): RosterViewRow[] {
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    sub: `${r.path ?? "path not chosen"}${r.credentialCode ? ` · ${r.credentialCode}` : ""}`,
    cohort: r.cohortName,
    plan: r.milestonesTotal ? formatPlanProgress({ done: r.milestonesDone, total: r.milestonesTotal }) : "no plan",
    phase: r.currentPhase ? r.currentPhase.replace("_", " ").toLowerCase() : null,
    lastActive: r.lastActiveOn ? formatDate(r.lastActiveOn) : "never",
    practice: trend(r),
    exam: r.passed ? "passed" : r.examDate ? formatDate(r.examDate) : "not scheduled",
    tier: r.tier,
    needsOutreach: r.needsOutreach,
    lastContacted: r.lastContactedOn ? formatDate(r.lastContactedOn) : "not yet",
    flags: r.flags.map((f) => ({ kind: f.kind, label: f.label, text: `${f.reason} Since ${formatDate(f.since)}.`, severity: f.severity })),
    jobHunt: `${r.applications} application${r.applications === 1 ? "" : "s"}`,
    followUps: r.overdueFollowUps ? `${r.overdueFollowUps} follow-up(s) overdue` : null,
  }));
}
