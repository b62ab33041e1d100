// Where a learner stands with a credential (planned → scheduled → passed/apprentice → active,
// failed, lapsed) and their CEU progress per certifying body, from stored rows. Pure.
import { ceuCycle, ceuProgress, ceuRequirement, type CeuProgress } from "@/lib/domain/ceu";
import type { CredentialStatus } from "@/lib/domain/readiness-score";
import type { CertBody, IsoDate } from "@/lib/domain/types";

export interface GoalFacts {
  credentialCode: string;
  examDate: IsoDate | null;
  passedOn: IsoDate | null;
  apprentice: boolean;
  apprenticeRemovedOn: IsoDate | null;
  lapsedOn: IsoDate | null;
}

export interface AttemptFacts {
  credentialCode: string;
  takenOn: IsoDate;
  result: "PASSED" | "FAILED";
}

export function credentialStatus(goal: GoalFacts | null, attempts: readonly AttemptFacts[], today: IsoDate): CredentialStatus {
  if (!goal) return "NONE";
  if (goal.lapsedOn && goal.lapsedOn <= today) return "LAPSED";
  if (goal.passedOn) return goal.apprentice && !goal.apprenticeRemovedOn ? "PASSED_APPRENTICE" : "ACTIVE";
  const mine = attempts.filter((a) => a.credentialCode === goal.credentialCode).sort((a, b) => a.takenOn.localeCompare(b.takenOn));
  const last = mine[mine.length - 1];
  if (goal.examDate && goal.examDate >= today) return "SCHEDULED";
  if (last?.result === "FAILED") return "FAILED";
  return goal.examDate ? "SCHEDULED" : "PLANNED";
}

/**
 * The status of the credential the learner chose, read from that one code: its goal row if
 * there is one, otherwise "planned" (a chosen credential without a goal row yet, e.g. before
 * the plan is generated, is planned, never "no credential chosen"). NONE only without a code.
 */
export function chosenCredentialStatus<G extends GoalFacts>(
  credentialCode: string | null,
  goals: readonly G[],
  attempts: readonly AttemptFacts[],
  today: IsoDate,
): { goal: G | null; status: CredentialStatus } {
  if (!credentialCode) return { goal: null, status: "NONE" };
  const goal = goals.find((g) => g.credentialCode === credentialCode) ?? null;
  return { goal, status: goal ? credentialStatus(goal, attempts, today) : "PLANNED" };
}

export interface CeuEntryFacts {
  body: string;
  earnedOn: IsoDate;
  ceus: number;
}

export interface CeuBodySummary {
  body: CertBody;
  credentials: string[];
  cycleStart: IsoDate;
  cycleEnd: IsoDate;
  explanation: string;
  progress: CeuProgress;
}

/**
 * One summary per body the learner holds a passed credential with. The cycle is anchored on
 * the earliest pass with that body (AHIMA: from the exam date; AAPC: the learner's
 * certification date, which is what AAPC's own account shows).
 */
export type PassedCredential = { credentialCode: string; body: CertBody; passedOn: IsoDate };

function currentCycle(held: readonly PassedCredential[], body: CertBody, today: IsoDate) {
  const first = held[0];
  return first ? ceuCycle(body, first.passedOn, today >= first.passedOn ? today : undefined) : null;
}

const heldWith = (passed: readonly PassedCredential[], body: CertBody) =>
  passed.filter((p) => p.body === body).sort((a, b) => a.passedOn.localeCompare(b.passedOn));

/** The current cycle's dates per body: the only CEU entries a summary needs (SQL sums these). */
export function ceuWindows(passed: readonly PassedCredential[], today: IsoDate): { body: CertBody; start: IsoDate; end: IsoDate }[] {
  return (["AAPC", "AHIMA"] as const).flatMap((body) => {
    const cycle = currentCycle(heldWith(passed, body), body, today);
    return cycle?.ok ? [{ body, start: cycle.value.start, end: cycle.value.end }] : [];
  });
}

export function ceuSummaries(passed: readonly PassedCredential[], entries: readonly CeuEntryFacts[], today: IsoDate): CeuBodySummary[] {
  const bodies: CertBody[] = ["AAPC", "AHIMA"];
  return bodies.flatMap((body) => {
    const held = heldWith(passed, body);
    if (!held[0]) return [];
    const requirement = ceuRequirement(
      body,
      held.map((h) => h.credentialCode),
    );
    const cycle = currentCycle(held, body, today)!;
    if (!requirement.ok || !cycle.ok) return [];
    const earned = entries
      .filter((e) => e.body === body && e.earnedOn >= cycle.value.start && e.earnedOn <= cycle.value.end)
      .reduce((s, e) => s + e.ceus, 0);
    const progress = ceuProgress({
      required: requirement.value.required,
      earned: Math.round(earned * 10) / 10,
      cycleStart: cycle.value.start,
      cycleEnd: cycle.value.end,
      today,
    });
    if (!progress.ok) return [];
    return [
      {
        body,
        credentials: held.map((h) => h.credentialCode),
        cycleStart: cycle.value.start,
        cycleEnd: cycle.value.end,
        explanation: requirement.value.explanation,
        progress: progress.value,
      },
    ];
  });
}
