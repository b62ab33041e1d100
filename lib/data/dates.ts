// Conversions between the domain's ISO calendar dates and stored @db.Date columns (UTC
// midnight), used by every feature's data layer.
import "server-only";
import { fromUtcDate, toUtcDate } from "@/lib/domain/dates";
import type { IsoDate } from "@/lib/domain/types";

export function toDbDate(iso: IsoDate): Date {
  return toUtcDate(iso);
}

export function toIso(date: Date): IsoDate;
export function toIso(date: Date | null): IsoDate | null;
export function toIso(date: Date | null): IsoDate | null {
  return date ? fromUtcDate(date) : null;
}

export const dateOrNull = (iso: string | undefined | null): Date | null => (iso ? toUtcDate(iso) : null);
export const isoOrNull = (d: Date | null | undefined): string | null => (d ? fromUtcDate(d) : null);

/** Today's UTC calendar date; `now` is injectable so tests can pin it. */
export function todayIso(now: Date = new Date()): IsoDate {
  return fromUtcDate(now);
}
