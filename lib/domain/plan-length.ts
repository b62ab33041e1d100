// How long a plan runs: always inside the chosen training route's own duration range, with
// weekly hours choosing the point in that range (and a sentence saying how they did).
import { clamp, isFiniteNumber, round } from "@/lib/domain/types";

export interface MonthRange {
  min: number;
  max: number;
}

/** The four phases need at least a month each. */
export const MIN_ROUTE_MONTHS = 4;
export const MAX_ROUTE_MONTHS = 72;
/**
 * Weekly hours at which a learner finishes in the middle of the route's range: the route's
 * work is taken as (midpoint months × 10 h/week), so fewer hours move toward the long end and
 * more toward the short end, never outside it.
 */
export const BASELINE_WEEKLY_HOURS = 10;

export interface PlanLength {
  months: number;
  note: string;
}

export function isValidRouteRange(r: unknown): r is MonthRange {
  if (typeof r !== "object" || r === null) return false;
  const { min, max } = r as Partial<MonthRange>;
  return (
    isFiniteNumber(min) &&
    isFiniteNumber(max) &&
    Number.isInteger(min) &&
    Number.isInteger(max) &&
    min >= MIN_ROUTE_MONTHS &&
    max <= MAX_ROUTE_MONTHS &&
    min <= max
  );
}

const hours = (h: number) => `${round(h, 1)} h/week`;
const months = (m: number) => `${m} month${m === 1 ? "" : "s"}`;

/** Whole months within route.min..route.max (callers validate the range and hours first). */
export function planLength(route: MonthRange, weeklyHours: number): PlanLength {
  const paced = (((route.min + route.max) / 2) * BASELINE_WEEKLY_HOURS) / weeklyHours;
  const chosen = clamp(Math.round(paced), route.min, route.max);
  const range = `${route.min}–${route.max}`;
  const h = hours(weeklyHours);
  if (route.min === route.max) {
    const slow =
      paced > route.max
        ? `; at this pace the work would take about ${months(Math.round(paced))}, so more weekly hours would make the dates realistic`
        : "";
    return { months: chosen, note: `${h}: ${months(chosen)}, this route's fixed length${slow}.` };
  }
  if (paced > route.max) {
    return {
      months: chosen,
      note: `${h}: ${months(chosen)}, the longest of this route's ${range}; at this pace the work would take about ${months(Math.round(paced))}, so more weekly hours would make the dates realistic.`,
    };
  }
  if (paced < route.min) return { months: chosen, note: `${h}: ${months(chosen)}, the shortest of this route's ${range}.` };
  return { months: chosen, note: `${h}: ${months(chosen)}, within this route's ${range}.` };
}
