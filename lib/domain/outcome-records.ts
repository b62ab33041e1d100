// The normalized input every outcome standard is computed from: one record per learner per
// enrollment (a re-entry is a second record), kept by the program after the learner leaves the
// cohort, with its credential attempts, outcome records (each with source and whether staff
// verified it) and any quarterly wage records. validateEnrollment checks one record and
// answers per-field errors; the computations assume valid records.
import { isValidIsoDate } from "@/lib/domain/dates";
import { fail, ok, type FieldError, type IsoDate, type Result } from "@/lib/domain/types";

export const ENTRY_KINDS = ["NEW_START", "RE_ENTRY"] as const;
export const ENROLLMENT_STATUSES = ["ENROLLED", "COMPLETED", "WITHDRAWN", "TRANSFERRED"] as const;
/** ABHES's documented reasons a graduate is unavailable for placement (also WIOA's exclusions, less CONTINUING_EDUCATION). */
export const UNAVAILABLE_REASONS = ["HEALTH", "MILITARY", "INCARCERATION", "CONTINUING_EDUCATION", "DEATH"] as const;
export const OUTCOME_KINDS = [
  "EMPLOYED",
  "SELF_EMPLOYED",
  "MILITARY",
  "SERVICE",
  "CONTINUING_EDUCATION",
  "SEEKING",
  "NOT_SEEKING",
] as const;
export const OUTCOME_SOURCES = ["SELF_REPORT", "SURVEY", "EMPLOYER_VERIFICATION", "STAFF_DOCUMENT", "WAGE_MATCH"] as const;
/** ABHES: in the field of training, a related field (most job functions use the training), or neither. */
export const FIELD_RELATIONS = ["IN_FIELD", "RELATED", "UNRELATED"] as const;

export type EntryKind = (typeof ENTRY_KINDS)[number];
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number];
export type UnavailableReason = (typeof UNAVAILABLE_REASONS)[number];
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];
export type OutcomeSource = (typeof OUTCOME_SOURCES)[number];
export type FieldRelation = (typeof FIELD_RELATIONS)[number];

export interface CredentialAttempt {
  credential: string;
  takenOn: IsoDate;
  passed: boolean;
}

export interface OutcomeRecord {
  kind: OutcomeKind;
  /** When the job, service or study began (needed for WIOA's quarters). */
  startedOn?: IsoDate;
  endedOn?: IsoDate;
  /** When the program learned of it: NACE counts an outcome as known only if learned by 31 December. */
  recordedOn: IsoDate;
  hoursPerWeek?: number;
  /** For EMPLOYED / SELF_EMPLOYED; unknown counts as not placed for ABHES. */
  field?: FieldRelation;
  source: OutcomeSource;
  verified: boolean;
}

export interface QuarterlyWage {
  /** Calendar quarter, e.g. "2026-Q1". */
  quarter: string;
  amount: number;
  source: OutcomeSource;
}

export interface EnrollmentRecord {
  enrollmentId: string;
  learnerId: string;
  cohortId: string;
  startedOn: IsoDate;
  entryKind: EntryKind;
  status: EnrollmentStatus;
  completedOn?: IsoDate;
  withdrawnOn?: IsoDate;
  withdrawalReason?: string;
  transferredOn?: IsoDate;
  /** Documented unavailability for placement, with the date the document was seen. */
  unavailable?: { reason: UnavailableReason; documentedOn: IsoDate };
  credentialAttempts: readonly CredentialAttempt[];
  outcomes: readonly OutcomeRecord[];
  wages?: readonly QuarterlyWage[];
}

/** The date the learner left: graduation, withdrawal or transfer; undefined while enrolled. */
export function exitDate(r: EnrollmentRecord): IsoDate | undefined {
  return r.completedOn ?? r.withdrawnOn ?? r.transferredOn;
}

const QUARTER_RE = /^\d{4}-Q[1-4]$/;
const STATUS_DATE = { COMPLETED: "completedOn", WITHDRAWN: "withdrawnOn", TRANSFERRED: "transferredOn" } as const;
const STATUS_WORD = { completedOn: "completed", withdrawnOn: "withdrawn", transferredOn: "transferred" } as const;
const DATE_LABEL = { completedOn: "graduation date", withdrawnOn: "withdrawal date", transferredOn: "transfer date" } as const;

function oneOf<T extends string>(values: readonly T[], v: unknown): v is T {
  return typeof v === "string" && (values as readonly string[]).includes(v);
}

export function validateEnrollment(r: EnrollmentRecord): Result<EnrollmentRecord> {
  const errors: FieldError[] = [];
  const err = (field: string, message: string) => errors.push({ field, message });
  for (const key of ["enrollmentId", "learnerId", "cohortId"] as const) if (!r[key]?.trim()) err(key, "Required.");
  const started = isValidIsoDate(r.startedOn);
  if (!started) err("startedOn", "Enter the start date as YYYY-MM-DD.");
  if (!oneOf(ENTRY_KINDS, r.entryKind)) err("entryKind", "Choose new start or re-entry.");
  if (!oneOf(ENROLLMENT_STATUSES, r.status)) err("status", "Choose enrolled, completed, withdrawn or transferred.");

  for (const field of ["completedOn", "withdrawnOn", "transferredOn"] as const) {
    const wanted = r.status !== "ENROLLED" && STATUS_DATE[r.status] === field;
    const value = r[field];
    if (wanted && value === undefined) err(field, `A ${r.status.toLowerCase()} enrollment needs its ${DATE_LABEL[field]}.`);
    else if (!wanted && value !== undefined) err(field, `Only a ${STATUS_WORD[field]} enrollment has a ${DATE_LABEL[field]}.`);
    else if (value !== undefined && !isValidIsoDate(value)) err(field, "Enter the date as YYYY-MM-DD.");
    else if (value !== undefined && started && value < r.startedOn)
      err(field, `The ${DATE_LABEL[field]} is before the start date (${r.startedOn}).`);
  }
  if (r.withdrawalReason !== undefined && r.status !== "WITHDRAWN")
    err("withdrawalReason", "Only a withdrawn enrollment has a withdrawal reason.");
  if (r.unavailable) {
    if (!oneOf(UNAVAILABLE_REASONS, r.unavailable.reason)) err("unavailable.reason", "Choose a documented reason.");
    if (!isValidIsoDate(r.unavailable.documentedOn)) err("unavailable.documentedOn", "Enter the date as YYYY-MM-DD.");
  }
  r.credentialAttempts.forEach((a, i) => {
    if (!a.credential?.trim()) err(`credentialAttempts[${i}].credential`, "Required.");
    if (!isValidIsoDate(a.takenOn)) err(`credentialAttempts[${i}].takenOn`, "Enter the date as YYYY-MM-DD.");
    else if (started && a.takenOn < r.startedOn)
      err(`credentialAttempts[${i}].takenOn`, "This exam was taken before the enrollment started, so it is not an outcome of the program.");
  });
  r.outcomes.forEach((o, i) => validateOutcome(o, `outcomes[${i}]`, err));
  (r.wages ?? []).forEach((w, i) => {
    if (!QUARTER_RE.test(w.quarter)) err(`wages[${i}].quarter`, "Enter the quarter as YYYY-Q1 … YYYY-Q4.");
    if (!Number.isFinite(w.amount) || w.amount < 0) err(`wages[${i}].amount`, "Earnings must be zero or more.");
    if (!oneOf(OUTCOME_SOURCES, w.source)) err(`wages[${i}].source`, "Choose where the figure came from.");
  });
  return errors.length === 0 ? ok(r) : fail(errors);
}

function validateOutcome(o: OutcomeRecord, at: string, err: (field: string, message: string) => void): void {
  if (!oneOf(OUTCOME_KINDS, o.kind)) err(`${at}.kind`, "Choose an outcome.");
  if (!oneOf(OUTCOME_SOURCES, o.source)) err(`${at}.source`, "Choose where the outcome came from.");
  if (!isValidIsoDate(o.recordedOn)) err(`${at}.recordedOn`, "Enter the date as YYYY-MM-DD.");
  if (o.startedOn !== undefined && !isValidIsoDate(o.startedOn)) err(`${at}.startedOn`, "Enter the date as YYYY-MM-DD.");
  if (o.endedOn !== undefined && !isValidIsoDate(o.endedOn)) err(`${at}.endedOn`, "Enter the date as YYYY-MM-DD.");
  else if (o.endedOn !== undefined && o.startedOn !== undefined && o.endedOn < o.startedOn)
    err(`${at}.endedOn`, "The end date is before the start date.");
  if (o.hoursPerWeek !== undefined && !(Number.isFinite(o.hoursPerWeek) && o.hoursPerWeek > 0 && o.hoursPerWeek <= 168))
    err(`${at}.hoursPerWeek`, "Hours per week must be between 1 and 168.");
  if (o.field !== undefined && !oneOf(FIELD_RELATIONS, o.field)) err(`${at}.field`, "Choose in field, related field or unrelated.");
}

export interface RecordError extends FieldError {
  enrollmentId: string;
}

/**
 * Checks a program's records together: enrollment ids are unique, one learner's enrollments do
 * not overlap, and a re-entry follows an earlier enrollment the learner left without graduating.
 */
export function validateEnrollmentHistory(records: readonly EnrollmentRecord[]): RecordError[] {
  const errors: RecordError[] = [];
  const seen = new Set<string>();
  const byLearner = new Map<string, EnrollmentRecord[]>();
  for (const r of records) {
    if (seen.has(r.enrollmentId))
      errors.push({ enrollmentId: r.enrollmentId, field: "enrollmentId", message: "This enrollment appears twice." });
    seen.add(r.enrollmentId);
    byLearner.set(r.learnerId, [...(byLearner.get(r.learnerId) ?? []), r]);
  }
  for (const list of byLearner.values()) {
    const ordered = [...list].sort((a, b) => (a.startedOn < b.startedOn ? -1 : a.startedOn > b.startedOn ? 1 : 0));
    ordered.forEach((r, i) => {
      const before = ordered[i - 1];
      const ended = before === undefined ? undefined : exitDate(before);
      if (before !== undefined && (ended === undefined || ended >= r.startedOn))
        errors.push({
          enrollmentId: r.enrollmentId,
          field: "startedOn",
          message: `Starts while the learner's enrollment ${before.enrollmentId} is still open.`,
        });
      else if (r.entryKind === "RE_ENTRY" && !ordered.slice(0, i).some((p) => p.status === "WITHDRAWN" || p.status === "TRANSFERRED"))
        errors.push({
          enrollmentId: r.enrollmentId,
          field: "entryKind",
          message: "A re-entry needs an earlier enrollment the learner left without graduating.",
        });
    });
  }
  return errors;
}
