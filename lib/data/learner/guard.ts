// Shared checks for the learner-journey data layer: permission guard and the conversion
// between stored calendar dates (@db.Date, UTC midnight) and the domain's ISO strings.
import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { hasPermission, type Permission } from "@/lib/auth/permissions";
import { AccessDeniedError } from "@/lib/data/errors";
import { fromUtcDate, toUtcDate } from "@/lib/domain/dates";
import type { IsoDate } from "@/lib/domain/types";

export function assertCan(actor: CurrentUser | null, permission: Permission): asserts actor is CurrentUser {
  if (!actor || !hasPermission(actor, permission)) throw new AccessDeniedError();
}

export function toDbDate(iso: IsoDate): Date {
  return toUtcDate(iso);
}

export function toIso(date: Date): IsoDate;
export function toIso(date: Date | null): IsoDate | null;
export function toIso(date: Date | null): IsoDate | null {
  return date ? fromUtcDate(date) : null;
}

/** Today's UTC calendar date; `now` is injectable so tests can pin it. */
export function todayIso(now: Date = new Date()): IsoDate {
  return fromUtcDate(now);
}
