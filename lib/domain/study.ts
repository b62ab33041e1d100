// Study time against the learner's weekly target, bucketed into ISO weeks (Monday–Sunday,
// UTC dates) so a week means the same thing on every server and chart.
import { addDays, isValidIsoDate, isoWeek, isoWeekStart } from "@/lib/domain/dates";
import { clamp, isFiniteNumber, round, type IsoDate } from "@/lib/domain/types";

export interface StudySession {
  date: IsoDate;
  minutes: number;
  topic?: string;
}

export interface StudyWeek {
  weekStart: IsoDate;
  weekEnd: IsoDate;
  isoYear: number;
  isoWeek: number;
  minutes: number;
  targetMinutes: number;
  /** minutes / target, capped at 1; null when there is no target. */
  progress: number | null;
  met: boolean;
}

export interface StudySummary {
  thisWeek: StudyWeek;
  remainingThisWeek: number;
  /** Average minutes per week over the weeks considered (this week included). */
  averageMinutes: number;
  weeksMet: number;
  weeks: StudyWeek[];
}

/** A single logged session longer than a day is a typo, not study. */
export const MAX_SESSION_MINUTES = 24 * 60;

function targetMinutes(weeklyTargetHours: number): number {
  return isFiniteNumber(weeklyTargetHours) && weeklyTargetHours > 0 ? Math.round(weeklyTargetHours * 60) : 0;
}

function usable(s: StudySession): boolean {
  return isValidIsoDate(s.date) && isFiniteNumber(s.minutes) && s.minutes > 0 && s.minutes <= MAX_SESSION_MINUTES;
}

/** The last `weeks` ISO weeks ending with the week containing `today`, oldest first, empty weeks included. */
export function weeklyStudyTotals(sessions: readonly StudySession[], weeklyTargetHours: number, today: IsoDate, weeks = 8): StudyWeek[] {
  if (!isValidIsoDate(today)) return [];
  const count = clamp(Number.isInteger(weeks) ? weeks : 8, 1, 104);
  const target = targetMinutes(weeklyTargetHours);
  const currentStart = isoWeekStart(today);
  const totals = new Map<IsoDate, number>();
  for (const s of sessions) {
    if (!usable(s)) continue;
    const start = isoWeekStart(s.date);
    totals.set(start, (totals.get(start) ?? 0) + s.minutes);
  }
  const result: StudyWeek[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const weekStart = addDays(currentStart, -7 * i);
    const minutes = round(totals.get(weekStart) ?? 0, 1);
    const { year, week } = isoWeek(weekStart);
    result.push({
      weekStart,
      weekEnd: addDays(weekStart, 6),
      isoYear: year,
      isoWeek: week,
      minutes,
      targetMinutes: target,
      progress: target === 0 ? null : round(Math.min(1, minutes / target), 3),
      met: target > 0 && minutes >= target,
    });
  }
  return result;
}

export function studySummary(sessions: readonly StudySession[], weeklyTargetHours: number, today: IsoDate, weeks = 4): StudySummary | null {
  const list = weeklyStudyTotals(sessions, weeklyTargetHours, today, weeks);
  const thisWeek = list[list.length - 1];
  if (!thisWeek) return null;
  return {
    thisWeek,
    remainingThisWeek: Math.max(0, thisWeek.targetMinutes - thisWeek.minutes),
    averageMinutes: round(list.reduce((s, w) => s + w.minutes, 0) / list.length, 1),
    weeksMet: list.filter((w) => w.met).length,
    weeks: list,
  };
}
