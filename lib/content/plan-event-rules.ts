// Which plan milestones follow from what the learner records elsewhere (issue 13): the
// template id (lib/content/plan-templates) and the fact that satisfies it. The thresholds are
// the milestones' own wording ("Apply to 10…", "Three recent scores above the bar…");
// lib/domain/plan-events evaluates them.
export type PlanEvent =
  /** An exam date is booked for the plan's credential (or an attempt is recorded: it was booked). */
  | { kind: "EXAM_SCHEDULED" }
  /** An attempt at the plan's credential's exam is recorded, passed or failed. */
  | { kind: "EXAM_SAT" }
  /** At least `count` practice exams for the plan's credential are logged. */
  | { kind: "PRACTICE_EXAMS"; count: number }
  /** A practice exam after the first `after` reached the credential's passing bar. */
  | { kind: "PRACTICE_AT_BAR_AFTER"; after: number }
  /** The `count` most recent practice exams all reached the passing bar. */
  | { kind: "RECENT_AT_BAR"; count: number }
  /** At least `count` applications sent (any stage past "Saved"). */
  | { kind: "APPLICATIONS_SENT"; count: number };

export interface PlanEventRule {
  templateId: string;
  event: PlanEvent;
  /** The milestone's generated date moves to the scheduled exam date while one is booked. */
  followsExamDate?: boolean;
}

export const PLAN_EVENT_RULES: readonly PlanEventRule[] = [
  { templateId: "baseline-exam", event: { kind: "PRACTICE_EXAMS", count: 1 } },
  { templateId: "schedule-exam", event: { kind: "EXAM_SCHEDULED" } },
  { templateId: "second-exam", event: { kind: "PRACTICE_AT_BAR_AFTER", after: 1 } },
  { templateId: "final-exam", event: { kind: "RECENT_AT_BAR", count: 3 } },
  { templateId: "sit-exam", event: { kind: "EXAM_SAT" }, followsExamDate: true },
  { templateId: "apply-entry-coding", event: { kind: "APPLICATIONS_SENT", count: 10 } },
  { templateId: "apply-entry-billing", event: { kind: "APPLICATIONS_SENT", count: 10 } },
];
