// Turns the experience log into progress toward each apprentice-removal route: qualifying
// months by Chartpath's counting rule (lib/content/experience-rules), completed contact hours,
// Practicode from the credential goal, and the earliest date each route could be met if the
// ongoing periods carry on as they are. The route rules themselves stay in lib/domain/apprentice.
import { QUALIFYING_MONTH_RULE } from "@/lib/content/experience-rules";
import { apprenticeRemovalProgress, type ApprenticeProgress, type ApprenticeRoute, type RouteProgress } from "@/lib/domain/apprentice";
import { CPC_APPRENTICE_RULE } from "@/lib/content/ceu-rules";
import { addDays, addMonths, diffDays } from "@/lib/domain/dates";
import { isWorkPeriod, lastDay, type ExperiencePeriod, type WorkPeriod } from "@/lib/domain/experience";
import { round, type IsoDate, type Result } from "@/lib/domain/types";

/** How far ahead the earliest-date projection looks before answering "not at this pace". */
const HORIZON_MONTHS = 120;
const EPSILON = 1e-9;

/** Coding hours per day the period contributes on each of its days (0 when it cannot count). */
export function codingHoursPerDay(p: WorkPeriod, asOf: IsoDate): number {
  const share = p.shareCoding / 100;
  if (p.kind === "JOB") {
    const qualifying = p.codeSets.some((c) => QUALIFYING_MONTH_RULE.value.codeSets.includes(c));
    return qualifying ? (p.hoursPerWeek * share) / 7 : 0;
  }
  const days = diffDays(p.startedOn, lastDay(p, asOf)) + 1;
  return days > 0 ? (p.totalHours * share) / days : 0;
}

/** The share of a day that counts, 0–1, for the coding hours worked on it. */
export function dayWeight(codingHours: number): number {
  return Math.min(1, codingHours / (QUALIFYING_MONTH_RULE.value.fullTimeCodingHoursPerWeek / 7));
}

const monthStart = (iso: IsoDate): IsoDate => `${iso.slice(0, 7)}-01`;
const monthEnd = (iso: IsoDate): IsoDate => addDays(addMonths(monthStart(iso), 1), -1);

/** Month credit of `weight` on every day from `from` to `to` inclusive, split by calendar month. */
function credit(from: IsoDate, to: IsoDate, weight: number): number {
  let total = 0;
  for (let day = from; day <= to;) {
    const end = monthEnd(day) < to ? monthEnd(day) : to;
    total += (weight * (diffDays(day, end) + 1)) / (diffDays(monthStart(day), monthEnd(day)) + 1);
    day = addDays(end, 1);
  }
  return total;
}

export interface ExperienceSummary {
  /** Qualifying months up to and including `asOf`, unrounded. */
  months: number;
  /** Contact hours of courses completed on or before `asOf`. */
  contactHours: number;
  /** Contact hours of courses still in progress. */
  contactHoursInProgress: number;
  /** The share of each coming day that counts if the ongoing periods go on (0 = no pace). */
  dailyPace: number;
}

/**
 * Sweeps the log's days once: each day's coding hours are the sum over the periods covering it,
 * and the day counts min(1, hours / full time) — so overlapping periods never count a day twice.
 */
export function summarizeExperience(periods: readonly ExperiencePeriod[], asOf: IsoDate): ExperienceSummary {
  const work = periods.filter(isWorkPeriod).filter((p) => p.startedOn <= asOf);
  const changes = new Map<IsoDate, number>();
  for (const p of work) {
    const rate = codingHoursPerDay(p, asOf);
    if (rate <= 0) continue;
    const end = lastDay(p, asOf) < asOf ? lastDay(p, asOf) : asOf;
    changes.set(p.startedOn, (changes.get(p.startedOn) ?? 0) + rate);
    const after = addDays(end, 1);
    changes.set(after, (changes.get(after) ?? 0) - rate);
  }
  const days = [...changes.keys()].sort();
  let months = 0;
  let rate = 0;
  for (let i = 0; i < days.length; i++) {
    rate += changes.get(days[i]!) ?? 0;
    const next = days[i + 1];
    if (next && rate > EPSILON) months += credit(days[i]!, addDays(next, -1), dayWeight(rate));
  }
  const ongoing = work.filter((p) => p.endedOn === null).reduce((s, p) => s + codingHoursPerDay(p, asOf), 0);
  const education = periods.flatMap((p) => (p.kind === "EDUCATION" ? [p] : []));
  const done = (p: (typeof education)[number]) => p.certificateOn !== null && p.certificateOn <= asOf;
  return {
    months,
    contactHours: education.filter(done).reduce((s, p) => s + p.contactHours, 0),
    contactHoursInProgress: education.filter((p) => !done(p)).reduce((s, p) => s + p.contactHours, 0),
    dailyPace: dayWeight(ongoing),
  };
}

/** The first day on which `needed` more months are reached at `pace` per day, starting tomorrow. */
export function projectDate(asOf: IsoDate, needed: number, pace: number): IsoDate | null {
  if (needed <= EPSILON) return asOf;
  if (pace <= EPSILON) return null;
  let left = needed;
  let day = addDays(asOf, 1);
  const horizon = addMonths(asOf, HORIZON_MONTHS);
  while (day <= horizon) {
    const perDay = pace / (diffDays(monthStart(day), monthEnd(day)) + 1);
    const daysLeftInMonth = diffDays(day, monthEnd(day)) + 1;
    const daysNeeded = Math.ceil(left / perDay - EPSILON);
    if (daysNeeded <= daysLeftInMonth) return addDays(day, daysNeeded - 1);
    left -= perDay * daysLeftInMonth;
    day = addDays(monthEnd(day), 1);
  }
  return null;
}

export interface CredentialApprenticeFacts {
  /** The learner ticked "I completed the 80-contact-hour course" before logging courses. */
  has80HourCourse: boolean;
  practicodeCases: number;
  practicodeScore: number | null;
}

export interface RouteOutlook extends RouteProgress {
  /** For a route not yet met: the earliest date at the current pace; null when there is no pace. */
  earliestOn: IsoDate | null;
}

export interface ApprenticeOutlook extends Omit<ApprenticeProgress, "routes" | "best"> {
  routes: RouteOutlook[];
  best: RouteOutlook;
  /** Qualifying months, rounded to a tenth. */
  months: number;
  contactHours: number;
  contactHoursInProgress: number;
  /** How much of each coming day counts at the current pace, 0–100 % of full time. */
  pacePercent: number;
}

/** Progress per removal route from the log: the one truth the learner, dashboard and advisor see. */
export function apprenticeOutlook(
  periods: readonly ExperiencePeriod[],
  goal: CredentialApprenticeFacts,
  asOf: IsoDate,
): Result<ApprenticeOutlook> {
  const summary = summarizeExperience(periods, asOf);
  const rule = CPC_APPRENTICE_RULE.value;
  const months = round(summary.months, 1);
  const progress = apprenticeRemovalProgress({
    monthsExperience: months,
    has80HourCourse: goal.has80HourCourse,
    contactHours: summary.contactHours,
    practicodeCases: goal.practicodeCases,
    practicodeScore: goal.practicodeScore,
  });
  if (!progress.ok) return progress;
  const courseDone = goal.has80HourCourse || summary.contactHours >= rule.courseContactHours;
  const practicodeDone = goal.practicodeCases >= rule.practicodeCases && (goal.practicodeScore ?? 0) >= rule.practicodeMinScore;
  const experienceBy = (need: number) => projectDate(asOf, Math.max(0, need - months), summary.dailyPace);
  const earliest: Record<ApprenticeRoute, () => IsoDate | null> = {
    EXPERIENCE: () => experienceBy(rule.experienceMonthsAlone),
    // Courses and Practicode have no pace in the log: until they are done, no date can be promised.
    EXPERIENCE_AND_COURSE: () => (courseDone ? experienceBy(rule.experienceMonthsWithCourse) : null),
    COURSE_AND_PRACTICODE: () => null,
    EXPERIENCE_AND_PRACTICODE: () => (practicodeDone ? experienceBy(rule.experienceMonthsWithCourse) : null),
  };
  const withDate = (r: RouteProgress): RouteOutlook => ({ ...r, earliestOn: r.met ? null : earliest[r.route]() });
  const routes = progress.value.routes.map(withDate);
  const best = routes.find((r) => r.route === progress.value.best.route) ?? withDate(progress.value.best);
  return {
    ok: true,
    value: {
      anyMet: progress.value.anyMet,
      best,
      routes,
      months,
      contactHours: summary.contactHours,
      contactHoursInProgress: summary.contactHoursInProgress,
      pacePercent: Math.round(summary.dailyPace * 100),
    },
  };
}
