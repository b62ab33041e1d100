// Outcomes over time: cohorts grouped by the calendar quarter they started in. Per quarter the
// numerators and denominators of its cohorts are summed and the rate computed once with the
// outcomes page's own rate() — rates are never averaged (a 3-learner cohort must not weigh as
// much as a 30-learner one). Grouped by cohort start, not by when an outcome happened: a
// cohort's learners stay one denominator, and a recent quarter reads low only because its
// learners have had less time to sit exams and find jobs (the chart says so).
import { rate } from "./outcome-format";

export interface TrendCohort {
  /** ISO YYYY-MM-DD. */
  startDate: string;
  joined: number;
  attempted: number;
  passed: number;
  placed: number;
}

export interface TrendPoint {
  /** Sortable key, e.g. "2025-Q3". */
  period: string;
  /** "Q3 2025". */
  label: string;
  cohorts: number;
  joined: number;
  attempted: number;
  passed: number;
  placed: number;
  /** passed / attempted, null when nobody has sat an exam. */
  passRate: number | null;
  /** placed / joined, null when nobody has joined. */
  placementRate: number | null;
}

export function quarterOf(isoDate: string): { period: string; label: string } {
  const year = isoDate.slice(0, 4);
  const month = Number(isoDate.slice(5, 7));
  if (!/^\d{4}$/.test(year) || !(month >= 1 && month <= 12)) throw new Error(`Not an ISO date: ${isoDate}`);
  const q = Math.ceil(month / 3);
  return { period: `${year}-Q${q}`, label: `Q${q} ${year}` };
}

/** One point per start quarter that has learners, oldest first. Cohorts nobody joined are left out. */
export function outcomeTrend(cohorts: readonly TrendCohort[]): TrendPoint[] {
  const byPeriod = new Map<string, TrendPoint>();
  for (const c of cohorts) {
    if (c.joined === 0) continue;
    const { period, label } = quarterOf(c.startDate);
    const p = byPeriod.get(period) ?? {
      period,
      label,
      cohorts: 0,
      joined: 0,
      attempted: 0,
      passed: 0,
      placed: 0,
      passRate: null,
      placementRate: null,
    };
    p.cohorts += 1;
    p.joined += c.joined;
    p.attempted += c.attempted;
    p.passed += c.passed;
    p.placed += c.placed;
    byPeriod.set(period, p);
  }
  return [...byPeriod.values()]
    .sort((a, b) => a.period.localeCompare(b.period))
    .map((p) => ({ ...p, passRate: rate(p.passed, p.attempted), placementRate: rate(p.placed, p.joined) }));
}

/** A trend needs at least two quarters to compare. */
export const MIN_TREND_PERIODS = 2;
export const hasTrend = (points: readonly TrendPoint[]) => points.length >= MIN_TREND_PERIODS;
