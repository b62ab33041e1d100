// Shared vocabulary of the learner-journey domain: paths, personas, plan phases and the
// small result type every validating function returns instead of throwing on user input.

export type CareerPath = "CODING" | "BILLING";
export type FitRecommendation = CareerPath | "EITHER";
export type Lean = CareerPath | "NEUTRAL";

export const PERSONAS = [
  "CAREER_CHANGER",
  "RECENT_GRADUATE",
  "PARENT_RETURNING",
  "MILITARY_VETERAN",
  "REMOTE_JOB_SEEKER",
  "OTHER",
] as const;
export type Persona = (typeof PERSONAS)[number];

export const PHASE_KEYS = ["FOUNDATION", "CORE_SKILLS", "EXAM_PREP", "JOB_HUNT"] as const;
export type PhaseKey = (typeof PHASE_KEYS)[number];

export type MilestoneKind = "LEARN" | "PRACTICE" | "EXAM" | "JOB";
export type MilestoneStatus = "OPEN" | "DONE" | "SKIPPED";

/** A calendar date as "YYYY-MM-DD" (UTC; no time, no zone). */
export type IsoDate = string;

export type CertBody = "AAPC" | "AHIMA";

/** A problem with one input field, phrased for the person who typed it. */
export interface FieldError {
  field: string;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(errors: FieldError[]): Result<T> {
  return { ok: false, errors };
}

/** True for a finite number that is a whole number (rejects NaN, Infinity, strings). */
export function isWholeNumber(n: unknown): n is number {
  return typeof n === "number" && Number.isInteger(n);
}

export function isFiniteNumber(n: unknown): n is number {
  return typeof n === "number" && Number.isFinite(n);
}

export function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}

/** Rounds to a fixed number of decimals without floating noise like 0.30000000000000004. */
export function round(n: number, decimals = 0): number {
  const f = 10 ** decimals;
  return Math.round((n + Number.EPSILON) * f) / f;
}
