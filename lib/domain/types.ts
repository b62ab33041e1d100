// The small result type every validating function returns instead of throwing on user input,
// the calendar-date type, and the shared vocabulary (re-exported from lib/content).

// The vocabulary is defined beside the reference data that uses it (lib/content sits below
// lib/domain in the layers); domain code keeps importing it from here.
export { PERSONAS, PHASE_KEYS } from "@/lib/content/vocabulary";
export type {
  CareerPath,
  CertBody,
  FitRecommendation,
  Lean,
  MilestoneKind,
  MilestoneStatus,
  Persona,
  PhaseKey,
} from "@/lib/content/vocabulary";

/** A calendar date as "YYYY-MM-DD" (UTC; no time, no zone). */
export type IsoDate = string;

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
