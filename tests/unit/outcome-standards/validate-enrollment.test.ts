import { describe, expect, it } from "vitest";
import { validateEnrollment, validateEnrollmentHistory, type EnrollmentRecord } from "@/lib/domain/outcome-records";
import { FIXTURE } from "./fixture";

const base: EnrollmentRecord = {
  enrollmentId: "e1",
  learnerId: "l1",
  cohortId: "c1",
  startedOn: "2025-09-01",
  entryKind: "NEW_START",
  status: "ENROLLED",
  credentialAttempts: [],
  outcomes: [],
};
const errors = (r: Partial<EnrollmentRecord>) => {
  const result = validateEnrollment({ ...base, ...r });
  return result.ok ? [] : result.errors;
};

describe("validateEnrollment", () => {
  it("accepts a well-formed record", () => {
    expect(errors({})).toEqual([]);
    expect(errors({ status: "COMPLETED", completedOn: "2025-09-01" })).toEqual([]);
  });

  it("rejects a graduation date before the start, on the graduation field", () => {
    expect(errors({ status: "COMPLETED", completedOn: "2025-08-31" })).toEqual([
      { field: "completedOn", message: "The graduation date is before the start date (2025-09-01)." },
    ]);
  });

  it("needs the date that goes with the status, and only that one", () => {
    expect(errors({ status: "WITHDRAWN" }).map((e) => e.field)).toEqual(["withdrawnOn"]);
    expect(errors({ status: "ENROLLED", completedOn: "2026-01-01" }).map((e) => e.field)).toEqual(["completedOn"]);
    expect(errors({ status: "TRANSFERRED", transferredOn: "2026-01-01", withdrawalReason: "moved" }).map((e) => e.field)).toEqual([
      "withdrawalReason",
    ]);
    expect(errors({ status: "WITHDRAWN", withdrawnOn: "2025-02-30" }).map((e) => e.field)).toEqual(["withdrawnOn"]);
  });

  it("reports each bad field of attempts, outcomes and wages by position", () => {
    const found = errors({
      startedOn: "2025-09-01",
      credentialAttempts: [
        { credential: "CPC", takenOn: "2026-01-10", passed: false },
        { credential: "CPC", takenOn: "2025-08-01", passed: true },
      ],
      outcomes: [
        {
          kind: "EMPLOYED",
          recordedOn: "2026-02-01",
          startedOn: "2026-03-01",
          endedOn: "2026-02-01",
          hoursPerWeek: 200,
          source: "SURVEY",
          verified: false,
        },
      ],
      wages: [{ quarter: "2026-Q5", amount: -1, source: "WAGE_MATCH" }],
    });
    expect(found.map((e) => e.field)).toEqual([
      "credentialAttempts[1].takenOn",
      "outcomes[0].endedOn",
      "outcomes[0].hoursPerWeek",
      "wages[0].quarter",
      "wages[0].amount",
    ]);
  });

  it("requires ids and a documented unavailability reason", () => {
    const found = errors({ learnerId: " ", unavailable: { reason: "VACATION" as never, documentedOn: "2026-01-01" } });
    expect(found.map((e) => e.field)).toEqual(["learnerId", "unavailable.reason"]);
  });
});

describe("validateEnrollmentHistory", () => {
  const withdrawn: EnrollmentRecord = { ...base, status: "WITHDRAWN", withdrawnOn: "2025-12-01" };
  const reEntry: EnrollmentRecord = { ...base, enrollmentId: "e2", startedOn: "2026-02-02", entryKind: "RE_ENTRY" };

  it("accepts the fixture and a re-entry after a withdrawal", () => {
    expect(validateEnrollmentHistory(FIXTURE)).toEqual([]);
    expect(validateEnrollmentHistory([reEntry, withdrawn])).toEqual([]);
  });

  it("rejects duplicate rows, overlapping enrollments and a re-entry with nothing to re-enter", () => {
    expect(validateEnrollmentHistory([withdrawn, withdrawn]).map((e) => e.field)).toContain("enrollmentId");
    expect(validateEnrollmentHistory([{ ...withdrawn, withdrawnOn: "2026-03-01" }, reEntry])).toEqual([
      { enrollmentId: "e2", field: "startedOn", message: "Starts while the learner's enrollment e1 is still open." },
    ]);
    expect(validateEnrollmentHistory([{ ...base, status: "COMPLETED", completedOn: "2025-12-01" }, reEntry])).toEqual([
      { enrollmentId: "e2", field: "entryKind", message: "A re-entry needs an earlier enrollment the learner left without graduating." },
    ]);
    expect(validateEnrollmentHistory([{ ...reEntry, enrollmentId: "solo" }]).map((e) => e.field)).toEqual(["entryKind"]);
  });
});
