// Small lookups for the outcome-standard tests.
import type { OutcomeStandardId } from "@/lib/content/outcome-standards";
import type { EnrollmentRecord } from "@/lib/domain/outcome-records";
import type { MedianMeasure, RateMeasure } from "@/lib/domain/outcome-measures";
import { computeStandard } from "@/lib/domain/outcome-standards";
import { AS_OF, FIXTURE } from "./fixture";

export function rateOf(
  standard: OutcomeStandardId,
  endYear: number,
  id: string,
  records: readonly EnrollmentRecord[] = FIXTURE,
  asOf = AS_OF,
): RateMeasure {
  const m = computeStandard(standard, endYear, records, asOf).measures.find((x) => x.id === id);
  if (!m || m.kind !== "rate") throw new Error(`No rate measure ${standard}.${id}`);
  return m;
}

export function medianOf(
  standard: OutcomeStandardId,
  endYear: number,
  id: string,
  records: readonly EnrollmentRecord[] = FIXTURE,
  asOf = AS_OF,
): MedianMeasure {
  const m = computeStandard(standard, endYear, records, asOf).measures.find((x) => x.id === id);
  if (!m || m.kind !== "median") throw new Error(`No median measure ${standard}.${id}`);
  return m;
}

/** The counts and rate, with the numerator's learners sorted, for one compact assertion. */
export function summary(m: RateMeasure) {
  return { numerator: m.numerator, denominator: m.denominator, rate: m.rate, counted: [...m.included.numerator].sort() };
}

export const sorted = (ids: readonly string[]) => [...ids].sort();
