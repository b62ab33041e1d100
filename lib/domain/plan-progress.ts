// Progress on a generated plan: merging a regenerated plan into stored milestones without
// losing completed, skipped or re-dated work, and the dashboard's "where am I / what next".
import { diffDays, isValidIsoDate } from "@/lib/domain/dates";
import type { GeneratedMilestone, PlanPhase } from "@/lib/domain/plan";
import { PHASE_KEYS, type IsoDate, type MilestoneStatus, type PhaseKey } from "@/lib/domain/types";

export interface StoredMilestone {
  key: string;
  status: MilestoneStatus;
  /** The date the plan generated. */
  dueDate: IsoDate;
  completedAt?: IsoDate | null;
  /** The learner's own date; wins over dueDate and survives regeneration. */
  customDueDate?: IsoDate | null;
}

export interface PlanMerge {
  /** New milestones the regenerated plan adds. */
  insert: GeneratedMilestone[];
  /** Open milestones still in the plan: new generated date and text; customDueDate untouched. */
  update: GeneratedMilestone[];
  /** Done or skipped milestones: left exactly as they are, even if the new plan dropped them. */
  keep: string[];
  /** Open milestones the new plan no longer has. */
  delete: string[];
}

export function effectiveDueDate(m: Pick<StoredMilestone, "dueDate" | "customDueDate">): IsoDate {
  return m.customDueDate && isValidIsoDate(m.customDueDate) ? m.customDueDate : m.dueDate;
}

export function mergeRegeneratedPlan(existing: readonly StoredMilestone[], regenerated: readonly GeneratedMilestone[]): PlanMerge {
  const stored = new Map<string, StoredMilestone>();
  for (const m of existing) if (!stored.has(m.key)) stored.set(m.key, m);
  const fresh = new Map<string, GeneratedMilestone>();
  for (const m of regenerated) if (!fresh.has(m.key)) fresh.set(m.key, m);

  const merge: PlanMerge = { insert: [], update: [], keep: [], delete: [] };
  for (const [key, m] of stored) {
    const next = fresh.get(key);
    if (m.status !== "OPEN") merge.keep.push(key);
    else if (next) merge.update.push(next);
    else merge.delete.push(key);
  }
  for (const [key, m] of fresh) if (!stored.has(key)) merge.insert.push(m);
  return merge;
}

export function isOverdue(m: Pick<StoredMilestone, "status" | "dueDate" | "customDueDate">, today: IsoDate): boolean {
  return m.status === "OPEN" && effectiveDueDate(m) < today;
}

export interface PhasePosition {
  phase: PlanPhase;
  state: "NOT_STARTED" | "IN_PROGRESS" | "FINISHED";
}

export interface NextAction<T> {
  milestone: T;
  dueDate: IsoDate;
  overdue: boolean;
  /** Negative when overdue. */
  daysUntilDue: number;
}

/** The n earliest open milestones (overdue first, since they are the earliest). */
export function nextActions<T extends StoredMilestone>(milestones: readonly T[], today: IsoDate, n = 3): NextAction<T>[] {
  if (!Number.isInteger(n) || n <= 0 || !isValidIsoDate(today)) return [];
  return milestones
    .filter((m) => m.status === "OPEN" && isValidIsoDate(effectiveDueDate(m)))
    .map((m) => ({ m, due: effectiveDueDate(m) }))
    .sort((a, b) => a.due.localeCompare(b.due) || a.m.key.localeCompare(b.m.key))
    .slice(0, n)
    .map(({ m, due }) => ({ milestone: m, dueDate: due, overdue: due < today, daysUntilDue: diffDays(today, due) }));
}

export interface DashboardTasks<T> {
  /** Every overdue milestone, earliest first. */
  overdue: T[];
  /** The next n open milestones that are not overdue (those are listed once, under overdue). */
  next: NextAction<T>[];
}

/**
 * What the learner dashboard (and the advisor's drill-down of it) lists: each milestone at
 * most once, deduplicated by id, so an overdue task is never shown both as "next" and as
 * "overdue", nor twice if the rows repeat it.
 */
export function dashboardTasks<T extends StoredMilestone & { id: string }>(
  milestones: readonly T[],
  today: IsoDate,
  n = 3,
): DashboardTasks<T> {
  const seen = new Set<string>();
  const unique = milestones.filter((m) => !seen.has(m.id) && Boolean(seen.add(m.id)));
  const overdue = unique
    .filter((m) => isOverdue(m, today) && isValidIsoDate(effectiveDueDate(m)))
    .sort((a, b) => effectiveDueDate(a).localeCompare(effectiveDueDate(b)) || a.key.localeCompare(b.key));
  const late = new Set(overdue.map((m) => m.id));
  return {
    overdue,
    next: nextActions(
      unique.filter((m) => !late.has(m.id)),
      today,
      n,
    ),
  };
}

/**
 * The one "current phase" rule every role sees: the phase of the learner's earliest open
 * milestone (by effective due date, ties by phase order), i.e. where the learner actually is,
 * not where the calendar says they should be. With nothing open, the last phase that has
 * milestones (the plan is finished). null without milestones.
 */
export function currentPhaseKey(
  milestones: readonly (Pick<StoredMilestone, "status" | "dueDate" | "customDueDate"> & { phase: string })[],
): PhaseKey | null {
  const order = (p: string) => PHASE_KEYS.indexOf(p as PhaseKey);
  const known = milestones.filter((m) => order(m.phase) >= 0);
  const open = known
    .filter((m) => m.status === "OPEN")
    .sort((a, b) => effectiveDueDate(a).localeCompare(effectiveDueDate(b)) || order(a.phase) - order(b.phase));
  if (open[0]) return open[0].phase as PhaseKey;
  const last = [...known].sort((a, b) => order(b.phase) - order(a.phase))[0];
  return last ? (last.phase as PhaseKey) : null;
}

/** Whether the learner has milestones left: the phase's state on the same rule. */
export function phaseState(
  milestones: readonly Pick<StoredMilestone, "status" | "dueDate" | "customDueDate">[],
  planStart: IsoDate | null,
  today: IsoDate,
): "NOT_STARTED" | "IN_PROGRESS" | "FINISHED" {
  if (milestones.length > 0 && milestones.every((m) => m.status !== "OPEN")) return "FINISHED";
  return planStart && today < planStart ? "NOT_STARTED" : "IN_PROGRESS";
}

export interface PlanProgress {
  done: number;
  total: number;
}

/** The one progress scale: milestones done out of all milestones in the plan (skipped count in the total). */
export function planProgress(milestones: readonly Pick<StoredMilestone, "status">[]): PlanProgress {
  return { done: milestones.filter((m) => m.status === "DONE").length, total: milestones.length };
}

export function formatPlanProgress(p: PlanProgress): string {
  return `${p.done} of ${p.total} done`;
}
