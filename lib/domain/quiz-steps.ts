// Pure rules for walking a one-question-per-screen form: which step comes next, whether the
// current one may be left, and where to send someone whose answers came back with errors.
// The answers themselves are still validated and scored by lib/domain/fit-quiz.ts.

export type StepAnswers = Readonly<Record<string, string | undefined>>;

export function isAnswered(answers: StepAnswers, id: string): boolean {
  const value = answers[id];
  return value !== undefined && value !== "";
}

/** The index of the first question without an answer, or -1 when all are answered. */
export function firstUnanswered(ids: readonly string[], answers: StepAnswers): number {
  return ids.findIndex((id) => !isAnswered(answers, id));
}

/** The step to show after pressing Next or Back, kept inside 0..count-1. */
export function moveStep(current: number, direction: 1 | -1, count: number): number {
  if (count <= 0) return 0;
  return Math.min(count - 1, Math.max(0, current + direction));
}

/** The first step whose question the server rejected, or null when none did. */
export function firstStepWithError(ids: readonly string[], fieldErrors: Readonly<Record<string, unknown>>): number | null {
  const index = ids.findIndex((id) => fieldErrors[id] !== undefined);
  return index === -1 ? null : index;
}

/** Share of the steps done, for the progress bar: the current step counts as reached. */
export function progressPercent(current: number, count: number): number {
  if (count <= 0) return 0;
  return Math.round(((Math.min(current, count - 1) + 1) / count) * 100);
}
