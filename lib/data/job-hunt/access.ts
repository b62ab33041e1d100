// Shared guards for the job-hunt data layer: the permission check every function starts with,
// the PHI guard for free text, and date conversions between ISO strings and @db.Date columns.
import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { hasPermission, type Permission } from "@/lib/auth/permissions";
import { AccessDeniedError, UserInputError } from "@/lib/data/errors";
import { unconfirmedPhiErrors, type PhiWording } from "@/lib/domain/phi-guard";
import { fromUtcDate, toUtcDate } from "@/lib/domain/dates";

export function assertCan(actor: CurrentUser | null, permission: Permission): asserts actor is CurrentUser {
  if (!actor || !hasPermission(actor, permission)) throw new AccessDeniedError();
}

const JOB_HUNT_PHI: PhiWording = {
  field: (list) => `This looks like patient information: ${list}. Remove it, or tick the confirmation box if it is not real patient data.`,
  confirm: { field: "confirmPhi", message: "Tick to save anyway if this is not real patient data." },
};

/**
 * Throws a field error listing (masked) likely patient identifiers unless the user ticked
 * "confirm" (the check is lib/domain/phi-guard). `ignore` lets a resume keep the learner's own
 * email and phone.
 */
export function guardPhi(fields: Record<string, string | undefined>, confirmed: boolean, ignore: readonly string[] = []): void {
  const errors = unconfirmedPhiErrors(fields, confirmed, JOB_HUNT_PHI, { ignore });
  if (errors) throw new UserInputError("Possible patient identifiers found. Nothing was saved yet.", errors);
}

export const dateOrNull = (iso: string | undefined | null): Date | null => (iso ? toUtcDate(iso) : null);
export const isoOrNull = (d: Date | null | undefined): string | null => (d ? fromUtcDate(d) : null);
export const todayIso = (now: Date = new Date()): string => fromUtcDate(now);
