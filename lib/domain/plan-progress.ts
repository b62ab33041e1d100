// Progress on a generated plan: merging a regenerated plan into stored milestones without
// losing completed, skipped or re-dated work, and the dashboard's "where am I / what next".
import { diffDays, isValidIsoDate } from "@/lib/domain/dates";
import type { GeneratedMilestone, PlanPhase } from "@/lib/domain/plan";
import type { IsoDate, MilestoneStatus } from "@/lib/domain/types";

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

/** The phase containing today; before the plan the first phase, after it the last. */
export function currentPhase(phases: readonly PlanPhase[], today: IsoDate): PhasePosition | null {
  const first = phases[0];
  const last = phases[phases.length - 1];
  if (!first || !last) return null;
  if (today < first.startDate) return { phase: first, state: "NOT_STARTED" };
  const inside = phases.find((p) => p.startDate <= today && today <= p.endDate);
  if (inside) return { phase: inside, state: "IN_PROGRESS" };
  return { phase: last, state: "FINISHED" };
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
