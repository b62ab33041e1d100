// The shape of one computed measure (numerator, denominator, rate and who is counted where),
// the tally that builds it from per-learner decisions, the median for WIOA earnings, and
// small-cell suppression for anything shown publicly. Rates use the outcomes pages' one rate
// helper (percent, one decimal, null when the denominator is 0).
import { rate } from "@/lib/domain/outcome-format";

export interface Exclusion {
  learnerId: string;
  why: string;
}

export interface RateMeasure {
  kind: "rate";
  id: string;
  numerator: number;
  denominator: number;
  /** Percent with one decimal; null when the denominator is 0. */
  rate: number | null;
  included: { numerator: string[]; denominator: string[] };
  excluded: Exclusion[];
  /** Whether a published minimum is met (null when there is no rate yet). */
  threshold?: { minPercent: number; met: boolean | null };
  /** The standard's own components where its template asks for them (ABHES: BE, NS, RE, EE, G). */
  parts?: Record<string, number>;
}

export interface MedianMeasure {
  kind: "median";
  id: string;
  /** Median of the values; null when there are none. */
  median: number | null;
  n: number;
  included: { denominator: string[] };
  excluded: Exclusion[];
}

export type Measure = RateMeasure | MedianMeasure;

/** A learner counts in the numerator (and so the denominator), only the denominator, is excluded with a reason, or is out of scope (null). */
export type Decision = "NUMERATOR" | "DENOMINATOR" | { why: string } | null;

export function tally<T extends { learnerId: string }>(
  id: string,
  records: readonly T[],
  decide: (r: T) => Decision,
  minPercent?: number,
): RateMeasure {
  const numerator: string[] = [];
  const denominator: string[] = [];
  const excluded: Exclusion[] = [];
  for (const r of records) {
    const d = decide(r);
    if (d === null) continue;
    if (d === "NUMERATOR" || d === "DENOMINATOR") {
      denominator.push(r.learnerId);
      if (d === "NUMERATOR") numerator.push(r.learnerId);
    } else excluded.push({ learnerId: r.learnerId, why: d.why });
  }
  const value = rate(numerator.length, denominator.length);
  const measure: RateMeasure = {
    kind: "rate",
    id,
    numerator: numerator.length,
    denominator: denominator.length,
    rate: value,
    included: { numerator, denominator },
    excluded,
  };
  return minPercent === undefined ? measure : { ...measure, threshold: { minPercent, met: value === null ? null : value >= minPercent } };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] ?? 0) + hi) / 2;
}

export interface DisplayedMeasure {
  id: string;
  suppressed: boolean;
  /** Null when suppressed (or, for a median, not applicable). */
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  text: string;
}

/**
 * What may be shown publicly: a measure over fewer than `minN` people shows neither its figure
 * nor its counts (a rate over 3 learners identifies them). No learner ids ever leave here.
 */
export function suppress(measure: Measure, minN = 10): DisplayedMeasure {
  const n = measure.kind === "rate" ? measure.denominator : measure.n;
  if (n > 0 && n < minN)
    return { id: measure.id, suppressed: true, numerator: null, denominator: null, value: null, text: `Fewer than ${minN}` };
  if (measure.kind === "rate") {
    const text = measure.rate === null ? "—" : `${measure.rate}% (${measure.numerator} of ${measure.denominator})`;
    return { id: measure.id, suppressed: false, numerator: measure.numerator, denominator: measure.denominator, value: measure.rate, text };
  }
  const text = measure.median === null ? "—" : `${measure.median} (n = ${measure.n})`;
  return { id: measure.id, suppressed: false, numerator: null, denominator: measure.n, value: measure.median, text };
}
