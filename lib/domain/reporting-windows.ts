// Which dates fall in which reporting year for each outcome standard, and WIOA's
// quarter-after-exit arithmetic. Pure functions on ISO dates (UTC); a reporting year is named
// by the calendar year it ends in (ABHES 2025–26 ends 30 June 2026 → endYear 2026).
import { isValidIsoDate } from "@/lib/domain/dates";
import type { IsoDate } from "@/lib/domain/types";
import type { OutcomeStandardId } from "@/lib/content/outcome-standards";

export interface ReportingWindow {
  standard: OutcomeStandardId;
  endYear: number;
  label: string;
  /** First and last day of the year, inclusive. */
  start: IsoDate;
  end: IsoDate;
  /** NACE only: outcomes learned after this day are not counted as known. */
  collectThrough?: IsoDate;
}

const pad = (year: number) => String(year).padStart(4, "0");

export function reportingWindow(standard: OutcomeStandardId, endYear: number): ReportingWindow {
  if (!Number.isInteger(endYear) || endYear < 1000 || endYear > 9999) throw new RangeError(`Not a reporting year: ${endYear}`);
  const prev = pad(endYear - 1);
  const year = pad(endYear);
  const span = `${prev}–${year.slice(2)}`;
  switch (standard) {
    case "ABHES":
      return { standard, endYear, label: span, start: `${prev}-07-01`, end: `${year}-06-30` };
    case "CAHIIM":
      return { standard, endYear, label: span, start: `${prev}-08-01`, end: `${year}-07-31` };
    case "NACE":
      return {
        standard,
        endYear,
        label: `Class of ${year}`,
        start: `${prev}-07-01`,
        end: `${year}-06-30`,
        collectThrough: `${year}-12-31`,
      };
    case "WIOA":
      return { standard, endYear, label: `PY ${prev} exiters`, start: `${prev}-07-01`, end: `${year}-06-30` };
  }
}

export function inWindow(date: IsoDate | undefined, w: { start: IsoDate; end: IsoDate }): boolean {
  return date !== undefined && date >= w.start && date <= w.end;
}

/** The reporting year (its endYear) a date falls in for a standard. */
export function reportingYearOf(standard: OutcomeStandardId, date: IsoDate): number {
  if (!isValidIsoDate(date)) throw new RangeError(`Not an ISO date: ${String(date)}`);
  const year = Number(date.slice(0, 4));
  const firstMonth = standard === "CAHIIM" ? "08" : "07";
  return date.slice(5, 7) >= firstMonth ? year + 1 : year;
}

export interface CalendarQuarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
  /** "2026-Q1", the form wage records use. */
  label: string;
  start: IsoDate;
  end: IsoDate;
}

const QUARTER_BOUNDS = [
  ["01-01", "03-31"],
  ["04-01", "06-30"],
  ["07-01", "09-30"],
  ["10-01", "12-31"],
] as const;

function quarterFrom(index: number): CalendarQuarter {
  const year = Math.floor(index / 4);
  const quarter = (index - year * 4 + 1) as 1 | 2 | 3 | 4;
  const [first, last] = QUARTER_BOUNDS[quarter - 1] ?? QUARTER_BOUNDS[0];
  return { year, quarter, label: `${pad(year)}-Q${quarter}`, start: `${pad(year)}-${first}`, end: `${pad(year)}-${last}` };
}

export function quarterOf(date: IsoDate): CalendarQuarter {
  if (!isValidIsoDate(date)) throw new RangeError(`Not an ISO date: ${String(date)}`);
  const month = Number(date.slice(5, 7));
  return quarterFrom(Number(date.slice(0, 4)) * 4 + Math.floor((month - 1) / 3));
}

/** The nth calendar quarter after the quarter holding `exitOn` (WIOA: n = 2 and 4). */
export function quarterAfterExit(exitOn: IsoDate, n: number): CalendarQuarter {
  const q = quarterOf(exitOn);
  return quarterFrom(q.year * 4 + (q.quarter - 1) + n);
}
