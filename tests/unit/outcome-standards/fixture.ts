// The issue-16 correctness fixture: 40 learners (43 enrollment records, three of them
// re-entries) across reporting years 2024–25 and 2025–26. Every measure of every standard is
// computed by hand from this table in the tests beside it; change a record and the hand
// arithmetic there must change too. Code per line: start → status/exit; what it covers.
import type { EnrollmentRecord, FieldRelation, OutcomeRecord, QuarterlyWage } from "@/lib/domain/outcome-records";

type Extra = Partial<Omit<EnrollmentRecord, "enrollmentId" | "startedOn">>;

function enrollment(enrollmentId: string, startedOn: string, extra: Extra): EnrollmentRecord {
  return {
    enrollmentId,
    learnerId: enrollmentId.slice(0, 3),
    cohortId: startedOn < "2025-07-01" ? "cohort-2024" : "cohort-2025",
    startedOn,
    entryKind: "NEW_START",
    status: "ENROLLED",
    credentialAttempts: [],
    outcomes: [],
    ...extra,
  };
}
const done = (completedOn: string, extra: Extra = {}): Extra => ({ status: "COMPLETED", completedOn, ...extra });
const left = (withdrawnOn: string, extra: Extra = {}): Extra => ({
  status: "WITHDRAWN",
  withdrawnOn,
  withdrawalReason: "personal",
  ...extra,
});
const job = (
  startedOn: string,
  recordedOn: string,
  field: FieldRelation,
  hoursPerWeek?: number,
  more: Partial<OutcomeRecord> = {},
): OutcomeRecord => ({
  kind: "EMPLOYED",
  startedOn,
  recordedOn,
  field,
  ...(hoursPerWeek === undefined ? {} : { hoursPerWeek }),
  source: "SURVEY",
  verified: false,
  ...more,
});
const other = (kind: OutcomeRecord["kind"], recordedOn: string, startedOn?: string): OutcomeRecord => ({
  kind,
  recordedOn,
  ...(startedOn === undefined ? {} : { startedOn }),
  source: "SELF_REPORT",
  verified: false,
});
const pass = (takenOn: string) => ({ credential: "CPC", takenOn, passed: true });
const fail = (takenOn: string) => ({ credential: "CPC", takenOn, passed: false });
const wage = (quarter: string, amount: number): QuarterlyWage => ({ quarter, amount, source: "WAGE_MATCH" });

export const FIXTURE: readonly EnrollmentRecord[] = [
  // Started before 2024–25.
  // L01 2024-03-04 → graduated 2024-10-15; in field 40 h (employer-verified); passed; wages (2025-Q1 is not a quarter after exit that counts).
  enrollment(
    "L01",
    "2024-03-04",
    done("2024-10-15", {
      outcomes: [job("2024-11-01", "2024-11-05", "IN_FIELD", 40, { source: "EMPLOYER_VERIFICATION", verified: true })],
      credentialAttempts: [pass("2024-12-01")],
      wages: [wage("2025-Q1", 10000), wage("2025-Q2", 11000)],
    }),
  ),
  // L02 → graduated 2024-11-20; related field 35 h; failed then passed on the second attempt.
  enrollment(
    "L02",
    "2024-03-04",
    done("2024-11-20", {
      outcomes: [job("2025-01-06", "2025-01-10", "RELATED", 35)],
      credentialAttempts: [fail("2024-12-10"), pass("2025-02-15")],
      wages: [wage("2025-Q2", 9000)],
    }),
  ),
  // L03 → withdrew 2024-09-30 (re-enters in 2025–26 as L03b).
  enrollment("L03", "2024-03-04", left("2024-09-30")),
  // L04 → graduated 2025-08-20 (a 2025–26 graduate, ending enrollment of 2024–25); out of field 20 h, job ended 2026-05-01.
  enrollment(
    "L04",
    "2024-05-06",
    done("2025-08-20", {
      outcomes: [job("2025-09-15", "2025-09-20", "UNRELATED", 20, { endedOn: "2026-05-01" })],
      wages: [wage("2026-Q1", 6000)],
    }),
  ),
  // L05 → withdrew 2024-06-28, before 2024–25 (in neither year) …
  enrollment("L05", "2024-02-05", left("2024-06-28")),
  // … re-entered 2024-09-09 (L05b, a 2024–25 re-entry) → graduated 2025-04-30; in field exactly 30 h; passed.
  enrollment(
    "L05b",
    "2024-09-09",
    done("2025-04-30", {
      learnerId: "L05",
      entryKind: "RE_ENTRY",
      outcomes: [job("2025-05-12", "2025-05-15", "IN_FIELD", 30)],
      credentialAttempts: [pass("2025-05-01")],
      wages: [wage("2025-Q4", 10500)],
    }),
  ),
  // L06 → graduated on 1 July 2025 (ABHES/NACE 2025–26, CAHIIM 2024–25); unavailable: continuing education.
  enrollment(
    "L06",
    "2024-06-03",
    done("2025-07-01", {
      unavailable: { reason: "CONTINUING_EDUCATION", documentedOn: "2025-08-01" },
      outcomes: [other("CONTINUING_EDUCATION", "2025-08-01", "2025-08-25")],
    }),
  ),
  // L07 → withdrew on 1 July 2024: still enrolled that morning, so beginning enrollment of 2024–25.
  enrollment("L07", "2024-06-03", left("2024-07-01")),
  // L08 → withdrew on 30 June 2024: belongs to 2023–24 only.
  enrollment("L08", "2023-09-05", left("2024-06-30")),

  // New starts in 2024–25.
  // L09 started on 1 July 2024 → graduated 2025-03-14; in field 40 h (self-reported), job ended 2025-12-31; passed.
  enrollment(
    "L09",
    "2024-07-01",
    done("2025-03-14", {
      outcomes: [job("2025-04-01", "2025-04-02", "IN_FIELD", 40, { endedOn: "2025-12-31", source: "SELF_REPORT" })],
      credentialAttempts: [pass("2025-03-30")],
      wages: [wage("2025-Q3", 12000)],
    }),
  ),
  // L10 → graduated 2025-05-30; self-employed in field 25 h (part time), no wage record; failed once.
  enrollment(
    "L10",
    "2024-09-09",
    done("2025-05-30", {
      outcomes: [{ ...job("2025-06-15", "2025-06-20", "IN_FIELD", 25), kind: "SELF_EMPLOYED" }],
      credentialAttempts: [fail("2025-06-10")],
    }),
  ),
  // L11 → graduated on 30 June 2025 (2024–25); not seeking.
  enrollment("L11", "2024-09-09", done("2025-06-30", { outcomes: [other("NOT_SEEKING", "2025-07-15")] })),
  // L12–L15 → graduated; documented unavailable: health, military (serving), incarceration, death.
  enrollment("L12", "2024-09-09", done("2025-02-28", { unavailable: { reason: "HEALTH", documentedOn: "2025-03-10" } })),
  enrollment(
    "L13",
    "2024-09-09",
    done("2025-02-28", {
      unavailable: { reason: "MILITARY", documentedOn: "2025-03-20" },
      outcomes: [other("MILITARY", "2025-03-20", "2025-04-01")],
    }),
  ),
  enrollment("L14", "2024-10-07", done("2025-04-30", { unavailable: { reason: "INCARCERATION", documentedOn: "2025-06-01" } })),
  enrollment("L15", "2024-10-07", done("2025-04-30", { unavailable: { reason: "DEATH", documentedOn: "2025-06-01" } })),
  // L16 → graduated 2025-05-30; outcome unknown; passed.
  enrollment("L16", "2024-10-07", done("2025-05-30", { credentialAttempts: [pass("2025-06-20")] })),
  // L17 → graduated 2025-05-30; seeking by the cut-off, placed in field only in Feb 2026; failed twice.
  enrollment(
    "L17",
    "2024-10-07",
    done("2025-05-30", {
      outcomes: [other("SEEKING", "2025-06-15"), job("2026-02-01", "2026-02-05", "IN_FIELD", 40)],
      credentialAttempts: [fail("2025-06-25"), fail("2025-09-01")],
    }),
  ),
  // L18 → graduated 2025-05-30; only outcome learned 2026-01-12, after NACE's cut-off; passed exactly one year after exit.
  enrollment(
    "L18",
    "2024-10-07",
    done("2025-05-30", {
      outcomes: [job("2026-01-10", "2026-01-12", "RELATED", 30)],
      credentialAttempts: [pass("2026-05-30")],
    }),
  ),
  // L19 → placed in field 2024-12-01, then withdrew 2025-01-17 (a withdrawal after a placement); job ended 2025-10-31;
  // passed one day after the one-year window.
  enrollment(
    "L19",
    "2024-11-04",
    left("2025-01-17", {
      withdrawalReason: "took a job",
      outcomes: [job("2024-12-01", "2024-12-05", "IN_FIELD", 40, { endedOn: "2025-10-31" })],
      credentialAttempts: [pass("2026-01-18")],
      wages: [wage("2025-Q3", 7000)],
    }),
  ),
  // L20 → withdrew 2025-03-03 (re-enters 2026-02-02 as L20b).
  enrollment("L20", "2024-11-04", left("2025-03-03")),
  // L21 → transferred out 2025-02-14; a state wage match finds earnings in 2025-Q3.
  enrollment("L21", "2024-11-04", { status: "TRANSFERRED", transferredOn: "2025-02-14", wages: [wage("2025-Q3", 4000)] }),
  // L22 → graduated 2025-12-12; offer recorded before the job started; two employers in 2026-Q2; passed.
  enrollment(
    "L22",
    "2025-01-06",
    done("2025-12-12", {
      outcomes: [job("2026-01-05", "2025-12-20", "IN_FIELD", 40)],
      credentialAttempts: [pass("2025-12-30")],
      wages: [wage("2026-Q2", 8000), wage("2026-Q2", 5000)],
    }),
  ),
  // L23 → still enrolled.
  enrollment("L23", "2025-01-06", {}),
  // L24 → withdrew 2025-09-15 (ending enrollment of 2024–25, a drop in 2025–26).
  enrollment("L24", "2025-03-03", left("2025-09-15")),
  // L25 started on 30 June 2025 → still enrolled.
  enrollment("L25", "2025-06-30", {}),

  // New starts in 2025–26.
  // L26 started 2025-07-07 (ABHES 2025–26, CAHIIM 2024–25) → graduated 2026-05-29; in field 40 h (employer-verified); passed.
  enrollment(
    "L26",
    "2025-07-07",
    done("2026-05-29", {
      outcomes: [job("2026-06-15", "2026-06-16", "IN_FIELD", 40, { source: "EMPLOYER_VERIFICATION", verified: true })],
      credentialAttempts: [pass("2026-05-30")],
      wages: [wage("2026-Q4", 12500)],
    }),
  ),
  // L27 → graduated 2026-04-30; service programme; passed on the second attempt.
  enrollment(
    "L27",
    "2025-09-08",
    done("2026-04-30", {
      outcomes: [other("SERVICE", "2026-05-20", "2026-06-01")],
      credentialAttempts: [fail("2026-05-15"), pass("2026-06-20")],
    }),
  ),
  // L28 → graduated 2026-04-30; out of field 40 h, job ended 2026-09-30.
  enrollment(
    "L28",
    "2025-09-08",
    done("2026-04-30", { outcomes: [job("2026-05-04", "2026-05-06", "UNRELATED", 40, { endedOn: "2026-09-30" })] }),
  ),
  // L29 → graduated on 30 June 2026; in field, hours not recorded, no wage record; passed.
  enrollment(
    "L29",
    "2025-09-08",
    done("2026-06-30", { outcomes: [job("2026-07-13", "2026-07-01", "IN_FIELD")], credentialAttempts: [pass("2026-06-25")] }),
  ),
  // L30 → withdrew 2025-11-14; a zero-earnings wage record.
  enrollment("L30", "2025-09-08", left("2025-11-14", { wages: [wage("2026-Q2", 0)] })),
  // L31 → withdrew on 30 June 2026: not ending enrollment.
  enrollment("L31", "2025-10-06", left("2026-06-30")),
  // L32 → still enrolled.
  enrollment("L32", "2025-10-06", {}),
  // L33 → graduated 2026-03-13; unavailable: continuing education (enrolled in a degree).
  enrollment(
    "L33",
    "2025-10-06",
    done("2026-03-13", {
      unavailable: { reason: "CONTINUING_EDUCATION", documentedOn: "2026-03-20" },
      outcomes: [other("CONTINUING_EDUCATION", "2026-03-20", "2026-04-01")],
    }),
  ),
  // L34 → graduated 2026-05-29; not seeking.
  enrollment("L34", "2025-11-03", done("2026-05-29", { outcomes: [other("NOT_SEEKING", "2026-06-10")] })),
  // L35 → graduated 2026-05-29; seeking; failed.
  enrollment(
    "L35",
    "2025-11-03",
    done("2026-05-29", { outcomes: [other("SEEKING", "2026-07-15")], credentialAttempts: [fail("2026-06-15")] }),
  ),
  // L36 → still enrolled.
  enrollment("L36", "2026-01-05", {}),
  // L37 started on 1 July 2026: after 2025–26 (ABHES), inside CAHIIM's 2025–26.
  enrollment("L37", "2026-07-01", {}),
  // L38 → graduated 2025-10-31; in field part time 20 h; passed.
  enrollment(
    "L38",
    "2025-02-03",
    done("2025-10-31", {
      outcomes: [job("2025-11-10", "2025-11-12", "IN_FIELD", 20)],
      credentialAttempts: [pass("2025-11-20")],
      wages: [wage("2026-Q2", 5000)],
    }),
  ),
  // L39 → graduated 2026-01-30; unavailable: health.
  enrollment("L39", "2025-07-14", done("2026-01-30", { unavailable: { reason: "HEALTH", documentedOn: "2026-02-10" } })),
  // L40 → graduated 2026-02-27; self-employed in a related field 45 h (staff saw the contract); passed.
  enrollment(
    "L40",
    "2025-08-04",
    done("2026-02-27", {
      outcomes: [
        { ...job("2026-03-02", "2026-03-05", "RELATED", 45, { source: "STAFF_DOCUMENT", verified: true }), kind: "SELF_EMPLOYED" },
      ],
      credentialAttempts: [pass("2026-02-20")],
      wages: [{ quarter: "2026-Q3", amount: 9000, source: "STAFF_DOCUMENT" }],
    }),
  ),

  // Re-entries in 2025–26.
  // L03b re-entered 2025-10-06 → graduated 2026-06-12; in field 36 h; passed.
  enrollment(
    "L03b",
    "2025-10-06",
    done("2026-06-12", {
      learnerId: "L03",
      entryKind: "RE_ENTRY",
      outcomes: [job("2026-06-22", "2026-06-23", "IN_FIELD", 36)],
      credentialAttempts: [pass("2026-06-05")],
      wages: [wage("2026-Q4", 11500)],
    }),
  ),
  // L20b re-entered 2026-02-02 → still enrolled.
  enrollment("L20b", "2026-02-02", { learnerId: "L20", entryKind: "RE_ENTRY" }),
];

/** The date both years' reports are computed for: every WIOA follow-up for 2024–25 has ended by then, not all for 2025–26. */
export const AS_OF = "2026-12-31";
