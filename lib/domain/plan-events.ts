// "The plan follows events" (issue 13): which milestones the learner's own records already
// satisfy (a booked exam, a recorded attempt, practice exams at the bar, applications sent),
// and which dates follow a booked exam. Pure: lib/data/learner/plan-reconcile loads the facts,
// applies the changes under a per-learner lock. Rules' data: lib/content/plan-event-rules.
//
// Never touched: milestones the learner completed or skipped by hand, ones they un-did after
// an automatic completion (autoOptOut), and dates they set themselves (customDueDate).
// An automatic completion whose fact disappeared (schedule deleted, practice exam deleted) reopens.
import { PLAN_EVENT_RULES, type PlanEvent, type PlanEventRule } from "@/lib/content/plan-event-rules";
import { passingPercentFor } from "@/lib/domain/practice-exams";
import { round, type IsoDate, type MilestoneStatus } from "@/lib/domain/types";

export interface PlanFacts {
  /** The credential the plan was generated for: its milestones name it. */
  credentialCode: string;
  /** The booked exam date for that credential, if any. */
  examDate: IsoDate | null;
  /** Recorded attempts at that credential's exam. */
  attempts: readonly { takenOn: IsoDate; passed: boolean }[];
  /** Practice exams logged for that credential (any order). */
  practiceExams: readonly { takenOn: IsoDate; questions: number; correct: number; loggedAt?: string }[];
  /** Applications past "Saved" (sent at some point). */
  applicationsSent: number;
}

export interface FollowingMilestone {
  id: string;
  key: string;
  status: MilestoneStatus;
  dueDate: IsoDate;
  customDueDate: IsoDate | null;
  /** The plan's generated date while an event has moved dueDate; null otherwise. */
  planDueDate: IsoDate | null;
  /** Done by this rule (not by hand). */
  autoCompleted: boolean;
  autoReason: string | null;
  /** The learner undid an automatic completion: never completed automatically again. */
  autoOptOut: boolean;
}

export type PlanChange =
  | { kind: "COMPLETE"; id: string; reason: string }
  | { kind: "UPDATE_REASON"; id: string; reason: string }
  | { kind: "REOPEN"; id: string }
  | { kind: "REDATE"; id: string; dueDate: IsoDate; planDueDate: IsoDate }
  | { kind: "RESTORE_DATE"; id: string; dueDate: IsoDate };

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Same shape as the UI's dates ("Dec 21, 2026"); domain code cannot import lib/ui. */
export function reasonDate(iso: IsoDate): string {
  return `${MONTHS[Number(iso.slice(5, 7)) - 1] ?? "?"} ${Number(iso.slice(8, 10))}, ${iso.slice(0, 4)}`;
}

/** `PHASE:templateId` → templateId (see lib/domain/plan). */
export function templateIdOf(key: string): string {
  return key.slice(key.indexOf(":") + 1);
}

export function ruleFor(key: string): PlanEventRule | undefined {
  const id = templateIdOf(key);
  return PLAN_EVENT_RULES.find((r) => r.templateId === id);
}

interface Scored {
  takenOn: IsoDate;
  score: number;
}

function scoredInOrder(facts: PlanFacts): Scored[] {
  return facts.practiceExams
    .filter((e) => e.questions > 0)
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.takenOn.localeCompare(b.e.takenOn) || (a.e.loggedAt ?? "").localeCompare(b.e.loggedAt ?? "") || a.i - b.i)
    .map(({ e }) => ({ takenOn: e.takenOn, score: round((e.correct / e.questions) * 100, 1) }));
}

/** Why the event has happened (the "because …" clause), or null if it has not. */
export function eventReason(event: PlanEvent, facts: PlanFacts): string | null {
  const code = facts.credentialCode;
  const attempts = [...facts.attempts].sort((a, b) => a.takenOn.localeCompare(b.takenOn));
  const latest = attempts[attempts.length - 1];
  const bar = passingPercentFor(code);
  switch (event.kind) {
    case "EXAM_SCHEDULED":
      if (facts.examDate) return `you scheduled the ${code} exam for ${reasonDate(facts.examDate)}`;
      return latest ? `you recorded a ${code} exam attempt on ${reasonDate(latest.takenOn)}` : null;
    case "EXAM_SAT":
      return latest
        ? `you recorded your ${code} exam on ${reasonDate(latest.takenOn)} (${latest.passed ? "passed" : "not passed this time"})`
        : null;
    case "PRACTICE_EXAMS": {
      const exams = scoredInOrder(facts);
      const nth = exams[event.count - 1];
      if (!nth) return null;
      return event.count === 1
        ? `you logged a ${code} practice exam on ${reasonDate(nth.takenOn)} (${nth.score}%)`
        : `you logged ${exams.length} ${code} practice exams`;
    }
    case "PRACTICE_AT_BAR_AFTER": {
      const hit = scoredInOrder(facts)
        .slice(event.after)
        .find((e) => e.score >= bar);
      return hit ? `your ${code} practice exam on ${reasonDate(hit.takenOn)} scored ${hit.score}%, at or above the ${bar}% bar` : null;
    }
    case "RECENT_AT_BAR": {
      const recent = scoredInOrder(facts).slice(-event.count);
      const last = recent[recent.length - 1];
      if (!last || recent.length < event.count || recent.some((e) => e.score < bar)) return null;
      return `your last ${event.count} ${code} practice exams all reached the ${bar}% bar (latest ${reasonDate(last.takenOn)})`;
    }
    case "APPLICATIONS_SENT":
      return facts.applicationsSent >= event.count ? `you have sent ${facts.applicationsSent} applications` : null;
  }
}

function changesFor(m: FollowingMilestone, rule: PlanEventRule, facts: PlanFacts): PlanChange[] {
  const changes: PlanChange[] = [];
  const reason = eventReason(rule.event, facts);
  let status = m.status;
  if (m.autoCompleted && m.status === "DONE") {
    if (reason === null) {
      changes.push({ kind: "REOPEN", id: m.id });
      status = "OPEN";
    } else if (reason !== m.autoReason) changes.push({ kind: "UPDATE_REASON", id: m.id, reason });
  } else if (m.status === "OPEN" && !m.autoOptOut && reason !== null) {
    changes.push({ kind: "COMPLETE", id: m.id, reason });
    status = "DONE";
  }
  if (rule.followsExamDate) {
    if (facts.examDate && status === "OPEN" && m.customDueDate === null) {
      if (m.dueDate !== facts.examDate)
        changes.push({ kind: "REDATE", id: m.id, dueDate: facts.examDate, planDueDate: m.planDueDate ?? m.dueDate });
    } else if (!facts.examDate && m.planDueDate !== null) {
      changes.push({ kind: "RESTORE_DATE", id: m.id, dueDate: m.planDueDate });
    }
  }
  return changes;
}

/** The changes that make the stored milestones agree with the facts; [] when they already do. */
export function planEventChanges(milestones: readonly FollowingMilestone[], facts: PlanFacts): PlanChange[] {
  return milestones.flatMap((m) => {
    const rule = ruleFor(m.key);
    return rule ? changesFor(m, rule, facts) : [];
  });
}

/** The milestones after `changes` (what reconcilePlan writes, for callers that hold them in memory). */
export function applyPlanChanges<T extends FollowingMilestone>(milestones: readonly T[], changes: readonly PlanChange[]): T[] {
  return milestones.map((m) =>
    changes
      .filter((c) => c.id === m.id)
      .reduce<T>((acc, c) => {
        switch (c.kind) {
          case "COMPLETE":
            return { ...acc, status: "DONE", autoCompleted: true, autoReason: c.reason };
          case "UPDATE_REASON":
            return { ...acc, autoReason: c.reason };
          case "REOPEN":
            return { ...acc, status: "OPEN", autoCompleted: false, autoReason: null };
          case "REDATE":
            return { ...acc, dueDate: c.dueDate, planDueDate: c.planDueDate };
          case "RESTORE_DATE":
            return { ...acc, dueDate: c.dueDate, planDueDate: null };
        }
      }, m),
  );
}
