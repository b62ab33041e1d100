// Calendar arithmetic on ISO "YYYY-MM-DD" strings, done in UTC so results never depend on
// the server's time zone. Helpers throw RangeError on malformed dates: callers validate
// user input first with isValidIsoDate.
//
// Day arithmetic works on day numbers (days since 1970-01-01, proleptic Gregorian) with
// integer maths instead of building Date objects: the dashboard runs these hundreds of times
// per view, and inside Next.js's server `Date` is an instrumented wrapper that made them ~10%
// of the page's CPU. Tests check them against Date day by day over 1600–2400 and at random
// across years 1–9999.
import type { IsoDate } from "@/lib/domain/types";

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True only for a real calendar date written as YYYY-MM-DD (rejects 2023-02-29, 2024-13-01). */
export function isValidIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== "string") return false;
  const m = ISO_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month, month 1–12. */
const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_LENGTHS[month - 1] ?? 0);
}

function parts(iso: IsoDate): [number, number, number] {
  if (!isValidIsoDate(iso)) throw new RangeError(`Not an ISO date: ${String(iso)}`);
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

// Howard Hinnant's days_from_civil / civil_from_days (eras of 400 years, March-based years).
function dayNumber(iso: IsoDate): number {
  const [year, m, d] = parts(iso);
  const y = m <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

function fromDayNumber(day: number): IsoDate {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Midnight UTC of the date. */
export function toUtcDate(iso: IsoDate): Date {
  const [y, m, d] = parts(iso);
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y); // Date.UTC maps years 0–99 to 19xx; set the year explicitly.
  return date;
}

/** The UTC calendar date of a Date (e.g. the caller's "now"). */
export function fromUtcDate(date: Date): IsoDate {
  if (Number.isNaN(date.getTime())) throw new RangeError("Invalid Date");
  const y = String(date.getUTCFullYear()).padStart(4, "0");
  const m = String(date.getUTCMonth() + 1).padStart(2, "0");
  const d = String(date.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`addDays needs whole days, got ${days}`);
  return fromDayNumber(dayNumber(iso) + days);
}

/**
 * Adds whole months, clamping to the end of the target month: 2024-01-31 + 1 → 2024-02-29,
 * 2024-02-29 + 12 → 2025-02-28 (the day never rolls into the following month).
 */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`addMonths needs whole months, got ${months}`);
  const [y, m, d] = parts(iso);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function diffDays(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** -1, 0 or 1; ISO strings of valid dates also sort correctly as plain strings. */
export function compareIsoDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  parts(a);
  parts(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minIsoDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareIsoDates(a, b) <= 0 ? a : b;
}

export function maxIsoDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareIsoDates(a, b) >= 0 ? a : b;
}

/** The Monday that starts the ISO week containing the date. */
export function isoWeekStart(iso: IsoDate): IsoDate {
  const day = dayNumber(iso);
  return fromDayNumber(day - mondayOffset(day));
}

// Days since the Monday of the day's week; day 0 (1970-01-01) was a Thursday.
function mondayOffset(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** ISO-8601 week-numbering year and week (week 1 holds the year's first Thursday). */
export function isoWeek(iso: IsoDate): { year: number; week: number } {
  const day = dayNumber(iso);
  const thursday = fromDayNumber(day - mondayOffset(day) + 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(diffDays(`${String(year).padStart(4, "0")}-01-01`, thursday) / 7) + 1;
  return { year, week };
}

/**
 * A fractional month offset from `start` as a date: whole months via addMonths, the fraction
 * interpolated across the following month so successive offsets never go backwards.
 */
export function addFractionalMonths(start: IsoDate, months: number): IsoDate {
  if (!Number.isFinite(months)) throw new RangeError(`Not a number of months: ${months}`);
  const whole = Math.floor(months);
  const from = addMonths(start, whole);
  const frac = months - whole;
  if (frac === 0) return from;
  const to = addMonths(start, whole + 1);
  return addDays(from, Math.round(frac * diffDays(from, to)));
}
