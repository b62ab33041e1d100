// Calendar arithmetic on ISO "YYYY-MM-DD" strings, done in UTC so results never depend on
// the server's time zone. Helpers throw RangeError on malformed dates: callers validate
// user input first with isValidIsoDate.
import type { IsoDate } from "@/lib/domain/types";

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

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
export function daysInMonth(year: number, month: number): number {
  const lengths = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return lengths[month - 1] ?? 0;
}

function parts(iso: IsoDate): [number, number, number] {
  if (!isValidIsoDate(iso)) throw new RangeError(`Not an ISO date: ${String(iso)}`);
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
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
  return fromUtcDate(new Date(toUtcDate(iso).getTime() + days * DAY_MS));
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
  return Math.round((toUtcDate(to).getTime() - toUtcDate(from).getTime()) / DAY_MS);
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
  const weekday = toUtcDate(iso).getUTCDay(); // 0 = Sunday
  return addDays(iso, -((weekday + 6) % 7));
}

/** ISO-8601 week-numbering year and week (week 1 holds the year's first Thursday). */
export function isoWeek(iso: IsoDate): { year: number; week: number } {
  const thursday = addDays(isoWeekStart(iso), 3);
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
