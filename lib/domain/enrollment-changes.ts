// One change to an enrollment record, as staff make it (the form, one row of a CSV): the
// candidate record is built from the current one, checked by validateEnrollment and the
// lifecycle rules below, and answered as the new record plus the field-by-field diff that the
// history keeps. Both the form and the import call this, so a row is judged the same either way.
import { isValidIsoDate } from "@/lib/domain/dates";
import {
  ENROLLMENT_STATUSES,
  ENTRY_KINDS,
  UNAVAILABLE_REASONS,
  validateEnrollment,
  type EnrollmentRecord,
  type EnrollmentStatus,
  type EntryKind,
  type UnavailableReason,
} from "@/lib/domain/outcome-records";
import { fail, ok, type FieldError, type IsoDate, type Result } from "@/lib/domain/types";

export interface EnrollmentChangeInput {
  status: EnrollmentStatus;
  /** The date that goes with the status: graduation, withdrawal or transfer. */
  statusDate?: IsoDate;
  startedOn?: IsoDate;
  entryKind?: EntryKind;
  withdrawalReason?: string;
  /** null clears a recorded unavailability. */
  unavailableReason?: UnavailableReason | null;
  unavailableDocumentedOn?: IsoDate;
}

export const STATUS_LABEL: Record<EnrollmentStatus, string> = {
  ENROLLED: "Enrolled",
  COMPLETED: "Graduated",
  WITHDRAWN: "Withdrawn",
  TRANSFERRED: "Transferred out",
};
export const ENTRY_KIND_LABEL: Record<EntryKind, string> = { NEW_START: "New start", RE_ENTRY: "Re-entry" };
export const UNAVAILABLE_LABEL: Record<UnavailableReason, string> = {
  HEALTH: "Health",
  MILITARY: "Military obligation",
  INCARCERATION: "Incarceration",
  CONTINUING_EDUCATION: "Continuing education",
  DEATH: "Death",
};
export const WITHDRAWAL_REASON_MAX = 200;
/** The consent text's promise (lib/content/program-consent), enforced by the daily purge. */
export { ENROLLMENT_RETENTION_YEARS } from "@/lib/content/program-consent";

/** How the history names each field it tracks. */
export const FIELD_NAME: Record<string, string> = {
  status: "Status",
  startedOn: "Start date",
  entryKind: "Entry",
  completedOn: "Graduation date",
  withdrawnOn: "Withdrawal date",
  withdrawalReason: "Withdrawal reason",
  transferredOn: "Transfer date",
  unavailableReason: "Unavailable for placement",
  unavailableDocumentedOn: "Document seen on",
};

export type EnrollmentDiff = Record<string, [string | null, string | null]>;

const TRACKED = [
  "status",
  "startedOn",
  "entryKind",
  "completedOn",
  "withdrawnOn",
  "withdrawalReason",
  "transferredOn",
  "unavailableReason",
  "unavailableDocumentedOn",
] as const;

function flat(r: EnrollmentRecord): Record<(typeof TRACKED)[number], string | null> {
  return {
    status: r.status,
    startedOn: r.startedOn,
    entryKind: r.entryKind,
    completedOn: r.completedOn ?? null,
    withdrawnOn: r.withdrawnOn ?? null,
    withdrawalReason: r.withdrawalReason ?? null,
    transferredOn: r.transferredOn ?? null,
    unavailableReason: r.unavailable?.reason ?? null,
    unavailableDocumentedOn: r.unavailable?.documentedOn ?? null,
  };
}

export function diffEnrollments(before: EnrollmentRecord, after: EnrollmentRecord): EnrollmentDiff {
  const a = flat(before);
  const b = flat(after);
  const diff: EnrollmentDiff = {};
  for (const key of TRACKED) if (a[key] !== b[key]) diff[key] = [a[key], b[key]];
  return diff;
}

const oneOf = <T extends string>(values: readonly T[], v: unknown): v is T =>
  typeof v === "string" && (values as readonly string[]).includes(v);

/**
 * `jobsStartedOn`: start dates of the (undisputed) jobs on record for this enrollment; a
 * withdrawal may not come after one (record the withdrawal on or before the job's start if the
 * learner left for it, or dispute the job record first). `today` bounds every date.
 */
export function applyEnrollmentChange(
  current: EnrollmentRecord,
  input: EnrollmentChangeInput,
  today: IsoDate,
  jobsStartedOn: readonly IsoDate[] = [],
): Result<{ next: EnrollmentRecord; diff: EnrollmentDiff }> {
  const errors: FieldError[] = [];
  const err = (field: string, message: string) => errors.push({ field, message });
  if (!oneOf(ENROLLMENT_STATUSES, input.status))
    return fail([{ field: "status", message: "Choose enrolled, graduated, withdrawn or transferred." }]);
  if (input.entryKind !== undefined && !oneOf(ENTRY_KINDS, input.entryKind)) err("entryKind", "Choose new start or re-entry.");
  for (const [field, value] of [
    ["statusDate", input.statusDate],
    ["startedOn", input.startedOn],
    ["unavailableDocumentedOn", input.unavailableDocumentedOn],
  ] as const) {
    if (value === undefined) continue;
    if (!isValidIsoDate(value)) err(field, "Enter the date as YYYY-MM-DD.");
    else if (value > today) err(field, `This date is after today (${today}); record it once it has happened.`);
  }
  if (input.status === "ENROLLED" && input.statusDate !== undefined)
    err("statusDate", "An enrolled learner has no end date; choose the status that goes with it.");
  if (input.status !== "ENROLLED" && input.statusDate === undefined)
    err(
      "statusDate",
      `Enter the ${input.status === "COMPLETED" ? "graduation" : input.status === "WITHDRAWN" ? "withdrawal" : "transfer"} date.`,
    );
  const reason = input.withdrawalReason?.trim() || undefined;
  if (reason && input.status !== "WITHDRAWN") err("withdrawalReason", "Only a withdrawn enrollment has a withdrawal reason.");
  if (reason && reason.length > WITHDRAWAL_REASON_MAX) err("withdrawalReason", `Use at most ${WITHDRAWAL_REASON_MAX} characters.`);
  if (input.unavailableReason !== undefined && input.unavailableReason !== null) {
    if (!oneOf(UNAVAILABLE_REASONS, input.unavailableReason)) err("unavailableReason", "Choose a documented reason.");
    else if (input.status !== "COMPLETED") err("unavailableReason", "Only a graduate can be recorded as unavailable for placement.");
    if (input.unavailableDocumentedOn === undefined) err("unavailableDocumentedOn", "Enter the date you saw the document.");
  } else if (input.unavailableDocumentedOn !== undefined) err("unavailableReason", "Choose the documented reason.");
  if (errors.length > 0) return fail(errors);

  const keepUnavailable = input.unavailableReason === undefined && input.status === "COMPLETED" ? current.unavailable : undefined;
  const next: EnrollmentRecord = {
    ...current,
    status: input.status,
    startedOn: input.startedOn ?? current.startedOn,
    entryKind: input.entryKind ?? current.entryKind,
    completedOn: input.status === "COMPLETED" ? input.statusDate : undefined,
    withdrawnOn: input.status === "WITHDRAWN" ? input.statusDate : undefined,
    transferredOn: input.status === "TRANSFERRED" ? input.statusDate : undefined,
    withdrawalReason: input.status === "WITHDRAWN" ? reason : undefined,
    unavailable:
      input.unavailableReason && input.unavailableDocumentedOn
        ? { reason: input.unavailableReason, documentedOn: input.unavailableDocumentedOn }
        : keepUnavailable,
  };
  const checked = validateEnrollment(next);
  if (!checked.ok)
    return fail(
      checked.errors.map((e) => ({
        field: ["completedOn", "withdrawnOn", "transferredOn"].includes(e.field) ? "statusDate" : e.field,
        message: e.message,
      })),
    );
  const firstJob = [...jobsStartedOn].sort()[0];
  if (next.withdrawnOn && firstJob && firstJob < next.withdrawnOn)
    return fail([
      {
        field: "statusDate",
        message: `A job starting ${firstJob} is on record, before this withdrawal. If the learner left for that job, record the withdrawal on or before ${firstJob}; if the job record is wrong, dispute it first.`,
      },
    ]);
  return ok({ next, diff: diffEnrollments(current, next) });
}
