// The enrollment-status CSV: each row names an enrollment (by the reference staff see, or the
// learner's email, with the cohort when they have more than one) and the change to make. Every
// row is judged by applyEnrollmentChange, the same rule as the form, then the whole file is
// checked together (the same enrollment twice, one learner's enrollments overlapping). The
// import writes only when no row has an error: nothing is half-applied.
import { parseCsv } from "@/lib/domain/csv";
import { applyEnrollmentChange, type EnrollmentChangeInput, type EnrollmentDiff } from "@/lib/domain/enrollment-changes";
import { UNAVAILABLE_REASONS, validateEnrollmentHistory, type EnrollmentRecord, type EnrollmentStatus } from "@/lib/domain/outcome-records";
import type { IsoDate } from "@/lib/domain/types";

export const ENROLLMENT_CSV_MAX_BYTES = 1_000_000;
export const ENROLLMENT_CSV_MAX_ROWS = 5_000;
export const ENROLLMENT_CSV_HEADERS = [
  "ref",
  "email",
  "cohort",
  "status",
  "date",
  "started_on",
  "entry_kind",
  "withdrawal_reason",
  "unavailable_reason",
  "documented_on",
] as const;

export interface ImportableEnrollment {
  record: EnrollmentRecord;
  ref: string;
  email: string | null;
  cohortName: string;
  version: number;
  jobsStartedOn: IsoDate[];
}

export interface PlannedChange {
  rowNumber: number;
  enrollmentId: string;
  version: number;
  next: EnrollmentRecord;
  diff: EnrollmentDiff;
}

export interface RowProblem {
  rowNumber: number;
  field: string;
  message: string;
}

export type ImportPlan =
  { ok: true; changes: PlannedChange[]; unchanged: number } | { ok: false; fileError?: string; problems: RowProblem[] };

const STATUS_WORDS: Record<string, EnrollmentStatus> = {
  enrolled: "ENROLLED",
  active: "ENROLLED",
  graduated: "COMPLETED",
  completed: "COMPLETED",
  withdrawn: "WITHDRAWN",
  withdrew: "WITHDRAWN",
  transferred: "TRANSFERRED",
};
const ENTRY_WORDS = {
  "new start": "NEW_START",
  new_start: "NEW_START",
  "re-entry": "RE_ENTRY",
  reentry: "RE_ENTRY",
  re_entry: "RE_ENTRY",
} as const;

const norm = (v: string | undefined) => (v ?? "").trim();
const key = (v: string) => v.trim().toLowerCase().replace(/\s+/g, " ");

export function planEnrollmentImport(csv: string, enrollments: readonly ImportableEnrollment[], today: IsoDate): ImportPlan {
  const parsed = parseCsv(csv, { maxBytes: ENROLLMENT_CSV_MAX_BYTES, maxRows: ENROLLMENT_CSV_MAX_ROWS, requiredHeaders: ["status"] });
  if (!parsed.ok) return { ok: false, fileError: parsed.error.message, problems: [] };
  const headers = new Set(parsed.headers.map((h) => h.trim().toLowerCase()));
  if (!headers.has("ref") && !headers.has("email"))
    return { ok: false, fileError: "Add a ref column (the E-… reference on the enrollments page) or an email column.", problems: [] };
  const problems: RowProblem[] = parsed.rowErrors.map((e) => ({ rowNumber: e.rowNumber, field: "row", message: e.message }));
  const byRef = new Map(enrollments.map((e) => [e.ref.toUpperCase(), e]));
  const byEmail = new Map<string, ImportableEnrollment[]>();
  for (const e of enrollments) if (e.email) byEmail.set(key(e.email), [...(byEmail.get(key(e.email)) ?? []), e]);

  const planned: PlannedChange[] = [];
  const seenAt = new Map<string, number>();
  let unchanged = 0;
  for (const row of parsed.rows) {
    const v = (name: string) => norm(row.values[name]);
    const problem = (field: string, message: string) => problems.push({ rowNumber: row.rowNumber, field, message });
    const target = findTarget(v("ref"), v("email"), v("cohort"), byRef, byEmail);
    if ("error" in target) {
      problem(target.field, target.error);
      continue;
    }
    const e = target.found;
    const earlier = seenAt.get(e.record.enrollmentId);
    if (earlier !== undefined) {
      problem("ref", `Row ${earlier} already changes this enrollment (${e.ref}); keep one row per enrollment.`);
      continue;
    }
    seenAt.set(e.record.enrollmentId, row.rowNumber);
    const input = rowInput(v, problem);
    if (!input) continue;
    const change = applyEnrollmentChange(e.record, input, today, e.jobsStartedOn);
    if (!change.ok) {
      for (const err of change.errors) problem(CSV_FIELD[err.field] ?? err.field, err.message);
      continue;
    }
    if (Object.keys(change.value.diff).length === 0) unchanged += 1;
    else planned.push({ rowNumber: row.rowNumber, enrollmentId: e.record.enrollmentId, version: e.version, ...change.value });
  }

  // The file as a whole: each learner's enrollments after every change still line up.
  const after = new Map(enrollments.map((e) => [e.record.enrollmentId, e.record]));
  for (const c of planned) after.set(c.enrollmentId, c.next);
  const rowOf = new Map(planned.map((c) => [c.enrollmentId, c.rowNumber]));
  const learnerRows = new Map<string, number[]>();
  for (const c of planned) learnerRows.set(c.next.learnerId, [...(learnerRows.get(c.next.learnerId) ?? []), c.rowNumber]);
  const refOf = new Map(enrollments.map((e) => [e.record.enrollmentId, e.ref]));
  for (const err of validateEnrollmentHistory([...after.values()])) {
    const rowNumber = rowOf.get(err.enrollmentId);
    if (rowNumber !== undefined) {
      problems.push({ rowNumber, field: CSV_FIELD[err.field] ?? err.field, message: err.message });
      continue;
    }
    // The clash shows on a record the file does not touch: it is caused by this learner's rows.
    const learner = after.get(err.enrollmentId)?.learnerId;
    for (const row of learner === undefined ? [] : (learnerRows.get(learner) ?? []))
      problems.push({
        rowNumber: row,
        field: "status",
        message: `This change conflicts with enrollment ${refOf.get(err.enrollmentId)}: ${err.message}`,
      });
  }
  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => a.rowNumber - b.rowNumber) };
  return { ok: true, changes: planned, unchanged };
}

const CSV_FIELD: Record<string, string> = {
  statusDate: "date",
  startedOn: "started_on",
  entryKind: "entry_kind",
  withdrawalReason: "withdrawal_reason",
  unavailableReason: "unavailable_reason",
  unavailableDocumentedOn: "documented_on",
};

function findTarget(
  ref: string,
  email: string,
  cohort: string,
  byRef: Map<string, ImportableEnrollment>,
  byEmail: Map<string, ImportableEnrollment[]>,
): { found: ImportableEnrollment } | { field: string; error: string } {
  if (ref) {
    const found = byRef.get(ref.toUpperCase());
    return found ? { found } : { field: "ref", error: `No enrollment ${ref} in this program.` };
  }
  if (!email) return { field: "email", error: "Give the enrollment's ref or the learner's email." };
  let list = byEmail.get(key(email)) ?? [];
  if (list.length === 0) return { field: "email", error: `No enrollment in this program for ${email}.` };
  if (cohort) {
    list = list.filter((e) => key(e.cohortName) === key(cohort));
    if (list.length === 0) return { field: "cohort", error: `${email} has no enrollment in a cohort named "${cohort}".` };
  }
  if (list.length > 1)
    return {
      field: "ref",
      error: `${email} has ${list.length} enrollments (${list.map((e) => e.ref).join(", ")}); give the ref of the one to change.`,
    };
  return { found: list[0]! };
}

function rowInput(v: (name: string) => string, problem: (field: string, message: string) => void): EnrollmentChangeInput | null {
  let bad = false;
  const status = STATUS_WORDS[key(v("status"))];
  if (!status) {
    problem("status", `Unknown status "${v("status")}". Use enrolled, graduated, withdrawn or transferred.`);
    bad = true;
  }
  const entryWord = key(v("entry_kind"));
  const entryKind = entryWord ? ENTRY_WORDS[entryWord as keyof typeof ENTRY_WORDS] : undefined;
  if (entryWord && !entryKind) {
    problem("entry_kind", `Unknown entry kind "${v("entry_kind")}". Use new start or re-entry.`);
    bad = true;
  }
  const reasonWord = key(v("unavailable_reason")).replace(/ /g, "_").toUpperCase();
  let unavailableReason: EnrollmentChangeInput["unavailableReason"];
  if (reasonWord === "NONE") unavailableReason = null;
  else if (reasonWord) {
    if ((UNAVAILABLE_REASONS as readonly string[]).includes(reasonWord))
      unavailableReason = reasonWord as (typeof UNAVAILABLE_REASONS)[number];
    else {
      problem(
        "unavailable_reason",
        `Unknown reason "${v("unavailable_reason")}". Use health, military, incarceration, continuing education, death or none.`,
      );
      bad = true;
    }
  }
  if (bad || !status) return null;
  const opt = (name: string) => v(name) || undefined;
  return {
    status,
    statusDate: opt("date"),
    startedOn: opt("started_on"),
    entryKind,
    withdrawalReason: opt("withdrawal_reason"),
    unavailableReason,
    unavailableDocumentedOn: opt("documented_on"),
  };
}
