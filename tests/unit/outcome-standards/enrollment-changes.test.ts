// Staff changes to an enrollment (the form and each CSV row): bad dates, statuses and
// combinations are refused beside the right field; a good change gives the record and its diff.
import { describe, expect, it } from "vitest";
import { applyEnrollmentChange } from "@/lib/domain/enrollment-changes";
import { planEnrollmentImport, type ImportableEnrollment } from "@/lib/domain/enrollment-import";
import type { EnrollmentRecord } from "@/lib/domain/outcome-records";

const TODAY = "2026-12-06";
const base: EnrollmentRecord = {
  enrollmentId: "e1",
  learnerId: "u1",
  cohortId: "c1",
  startedOn: "2026-01-05",
  entryKind: "NEW_START",
  status: "ENROLLED",
  credentialAttempts: [],
  outcomes: [],
};
const fields = (r: ReturnType<typeof applyEnrollmentChange>) => (r.ok ? [] : r.errors.map((e) => e.field));

describe("applyEnrollmentChange", () => {
  it("graduates a learner and reports the diff the history keeps", () => {
    const r = applyEnrollmentChange(base, { status: "COMPLETED", statusDate: "2026-09-30" }, TODAY);
    expect(r).toMatchObject({
      ok: true,
      value: {
        next: { status: "COMPLETED", completedOn: "2026-09-30" },
        diff: { status: ["ENROLLED", "COMPLETED"], completedOn: [null, "2026-09-30"] },
      },
    });
  });
  it("refuses a graduation before the start, a future date, a missing date and an impossible date", () => {
    expect(fields(applyEnrollmentChange(base, { status: "COMPLETED", statusDate: "2025-12-31" }, TODAY))).toEqual(["statusDate"]);
    expect(fields(applyEnrollmentChange(base, { status: "COMPLETED", statusDate: "2026-12-07" }, TODAY))).toEqual(["statusDate"]);
    expect(fields(applyEnrollmentChange(base, { status: "WITHDRAWN" }, TODAY))).toEqual(["statusDate"]);
    expect(fields(applyEnrollmentChange(base, { status: "COMPLETED", statusDate: "2026-02-30" }, TODAY))).toEqual(["statusDate"]);
    expect(fields(applyEnrollmentChange(base, { status: "ENROLLED", statusDate: "2026-02-03" }, TODAY))).toEqual(["statusDate"]);
  });
  it("unavailability is for graduates, with the date the document was seen", () => {
    expect(
      fields(
        applyEnrollmentChange(base, { status: "ENROLLED", unavailableReason: "HEALTH", unavailableDocumentedOn: "2026-03-01" }, TODAY),
      ),
    ).toEqual(["unavailableReason"]);
    expect(
      fields(applyEnrollmentChange(base, { status: "COMPLETED", statusDate: "2026-09-30", unavailableReason: "HEALTH" }, TODAY)),
    ).toEqual(["unavailableDocumentedOn"]);
    const graduated = applyEnrollmentChange(
      base,
      { status: "COMPLETED", statusDate: "2026-09-30", unavailableReason: "DEATH", unavailableDocumentedOn: "2026-10-01" },
      TODAY,
    );
    expect(graduated.ok && graduated.value.next.unavailable).toEqual({ reason: "DEATH", documentedOn: "2026-10-01" });
    // Back to enrolled drops the unavailability; a withdrawal reason belongs to a withdrawal only.
    if (!graduated.ok) throw new Error("expected ok");
    const back = applyEnrollmentChange(graduated.value.next, { status: "ENROLLED" }, TODAY);
    expect(back.ok && back.value.next.unavailable).toBeUndefined();
    expect(
      fields(applyEnrollmentChange(base, { status: "COMPLETED", statusDate: "2026-09-30", withdrawalReason: "moved" }, TODAY)),
    ).toEqual(["withdrawalReason"]);
  });
  it("a withdrawal after a job on record is refused; on or before the job's start it stands", () => {
    expect(fields(applyEnrollmentChange(base, { status: "WITHDRAWN", statusDate: "2026-05-01" }, TODAY, ["2026-04-01"]))).toEqual([
      "statusDate",
    ]);
    expect(applyEnrollmentChange(base, { status: "WITHDRAWN", statusDate: "2026-04-01" }, TODAY, ["2026-04-01"]).ok).toBe(true);
  });
});

const importable = (over: Partial<ImportableEnrollment> & { record: EnrollmentRecord }): ImportableEnrollment => ({
  ref: `E-${over.record.enrollmentId.toUpperCase()}`,
  email: null,
  cohortName: "Fall",
  version: 1,
  jobsStartedOn: [],
  ...over,
});

describe("planEnrollmentImport", () => {
  const a = importable({ record: base, email: "a@example.test" });
  const b1 = importable({
    record: { ...base, enrollmentId: "b1", learnerId: "u2", status: "WITHDRAWN", withdrawnOn: "2026-02-01" },
    email: "b@example.test",
    cohortName: "Fall",
  });
  const b2 = importable({
    record: { ...base, enrollmentId: "b2", learnerId: "u2", startedOn: "2026-03-02", entryKind: "RE_ENTRY" },
    email: "b@example.test",
    cohortName: "Spring",
  });
  const all = [a, b1, b2];

  it("lists every row's problem and plans nothing when any row is wrong", () => {
    const plan = planEnrollmentImport(
      "email,cohort,status,date\na@example.test,,graduated,2025-01-01\nnobody@example.test,,withdrawn,2026-03-01\nb@example.test,,graduated,2026-09-30\nb@example.test,Summer,graduated,2026-09-30\nb@example.test,Fall,bogus,\n",
      all,
      TODAY,
    );
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.problems.map((p) => `${p.rowNumber}:${p.field}`)).toEqual([
      "2:date",
      "3:email",
      "4:ref",
      "5:cohort",
      "6:status",
    ]);
  });
  it("names an enrollment by ref, or by email and cohort; the same enrollment twice is refused", () => {
    const plan = planEnrollmentImport(
      "ref,email,cohort,status,date\nE-A...,,,,\n".replace("E-A...,,,,", "e-e1,,,graduated,2026-09-30") +
        ",b@example.test,Spring,graduated,2026-09-30\n",
      all,
      TODAY,
    );
    expect(plan).toMatchObject({ ok: true, changes: [{ enrollmentId: "e1" }, { enrollmentId: "b2" }] });
    const twice = planEnrollmentImport("ref,status,date\nE-E1,graduated,2026-09-30\nE-E1,withdrawn,2026-03-01\n", all, TODAY);
    expect(!twice.ok && twice.problems).toEqual([
      { rowNumber: 3, field: "ref", message: expect.stringContaining("Row 2 already changes") },
    ]);
  });
  it("checks the file as a whole: reopening a withdrawn enrollment that a re-entry follows overlaps it", () => {
    const plan = planEnrollmentImport("ref,status\nE-B1,enrolled\n", all, TODAY);
    expect(!plan.ok && plan.problems).toEqual([
      { rowNumber: 2, field: "status", message: expect.stringContaining("conflicts with enrollment E-B2") },
    ]);
  });
  it("refuses a file without a way to name enrollments, and an oversized one, before reading rows", () => {
    expect(planEnrollmentImport("status,date\ngraduated,2026-01-01\n", all, TODAY)).toMatchObject({
      ok: false,
      fileError: expect.stringContaining("ref column"),
    });
    expect(planEnrollmentImport(`ref,status\n${"E-E1,graduated\n".repeat(80_000)}`, all, TODAY)).toMatchObject({
      ok: false,
      fileError: expect.any(String),
    });
  });
  it("counts rows that change nothing as unchanged", () => {
    expect(planEnrollmentImport("ref,status\nE-E1,enrolled\n", all, TODAY)).toMatchObject({ ok: true, changes: [], unchanged: 1 });
  });
});
