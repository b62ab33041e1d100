// Edge cases beside the fixture: empty years, the NACE cut-off to the day, 30 June / 1 July,
// a placement followed by a withdrawal, and small-cell suppression.
import { describe, expect, it } from "vitest";
import type { EnrollmentRecord, OutcomeRecord } from "@/lib/domain/outcome-records";
import { median, suppress, tally } from "@/lib/domain/outcome-measures";
import { computeStandard } from "@/lib/domain/outcome-standards";
import { rateOf } from "./helpers";

const grad = (learnerId: string, completedOn: string, outcomes: OutcomeRecord[] = []): EnrollmentRecord => ({
  enrollmentId: learnerId,
  learnerId,
  cohortId: "c",
  startedOn: "2025-01-06",
  entryKind: "NEW_START",
  status: "COMPLETED",
  completedOn,
  credentialAttempts: [],
  outcomes,
});
const seeking = (recordedOn: string): OutcomeRecord => ({ kind: "SEEKING", recordedOn, source: "SURVEY", verified: false });

describe("empty denominators", () => {
  it("gives every measure of every standard a null rate (or median) with no records", () => {
    for (const standard of ["ABHES", "CAHIIM", "NACE", "WIOA"] as const) {
      for (const m of computeStandard(standard, 2026, [], "2026-12-31").measures) {
        if (m.kind === "rate") expect([m.id, m.numerator, m.denominator, m.rate]).toEqual([m.id, 0, 0, null]);
        else expect([m.median, m.n]).toEqual([null, 0]);
      }
    }
  });

  it("has no threshold verdict without a rate", () => {
    expect(rateOf("NACE", 2026, "knowledge", []).threshold).toEqual({ minPercent: 65, met: null });
  });
});

describe("NACE collection cut-off", () => {
  it("counts an outcome learned on 31 December and not one learned on 1 January", () => {
    const records = [grad("A", "2026-05-29", [seeking("2026-12-31")]), grad("B", "2026-05-29", [seeking("2027-01-01")])];
    const m = rateOf("NACE", 2026, "knowledge", records);
    expect([m.numerator, m.denominator, m.included.numerator]).toEqual([1, 2, ["A"]]);
  });

  it("takes the latest outcome known by the cut-off as the first destination", () => {
    const employed: OutcomeRecord = { kind: "EMPLOYED", recordedOn: "2026-11-01", hoursPerWeek: 40, source: "SURVEY", verified: false };
    const m = rateOf("NACE", 2026, "careerOutcomes", [grad("A", "2026-05-29", [seeking("2026-07-01"), employed])]);
    expect([m.numerator, m.denominator]).toEqual([1, 1]);
  });
});

describe("30 June and 1 July", () => {
  it("puts a 30 June graduate in the ending year and a 1 July graduate in the next", () => {
    const records = [grad("June", "2026-06-30"), grad("July", "2026-07-01")];
    expect(rateOf("ABHES", 2026, "placement", records).included.denominator).toEqual(["June"]);
    expect(rateOf("ABHES", 2027, "placement", records).included.denominator).toEqual(["July"]);
    // CAHIIM's year runs to 31 July: both are 2025–26 graduates there.
    expect(rateOf("CAHIIM", 2026, "employment", records).denominator).toBe(2);
  });
});

describe("a withdrawal after a placement", () => {
  it("keeps the learner in retention's denominator and out of placement, with the reason", () => {
    const job: OutcomeRecord = {
      kind: "EMPLOYED",
      startedOn: "2025-10-01",
      recordedOn: "2025-10-02",
      field: "IN_FIELD",
      source: "SURVEY",
      verified: false,
    };
    const r: EnrollmentRecord = {
      enrollmentId: "W",
      learnerId: "W",
      cohortId: "c",
      startedOn: "2025-01-06",
      entryKind: "NEW_START",
      status: "WITHDRAWN",
      withdrawnOn: "2025-11-15",
      credentialAttempts: [],
      outcomes: [job],
    };
    const retention = rateOf("ABHES", 2026, "retention", [r]);
    expect([retention.numerator, retention.denominator]).toEqual([0, 1]);
    const placement = rateOf("ABHES", 2026, "placement", [r]);
    expect([placement.denominator, placement.excluded]).toEqual([
      0,
      [{ learnerId: "W", why: "Withdrew on 2025-11-15: only graduates count" }],
    ]);
  });
});

describe("median", () => {
  it("takes the middle value, or the mean of the two middle values", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe("suppress", () => {
  const measureOver = (n: number, hits: number) =>
    tally(
      "m",
      Array.from({ length: n }, (_, i) => ({ learnerId: `L${i}` })),
      (r) => (Number(r.learnerId.slice(1)) < hits ? "NUMERATOR" : "DENOMINATOR"),
    );

  it("hides the rate and counts of a cell under the minimum", () => {
    expect(suppress(measureOver(9, 3))).toEqual({
      id: "m",
      suppressed: true,
      numerator: null,
      denominator: null,
      value: null,
      text: "Fewer than 10",
    });
  });

  it("shows a cell at the minimum, and honours another minimum", () => {
    expect(suppress(measureOver(10, 3))).toEqual({
      id: "m",
      suppressed: false,
      numerator: 3,
      denominator: 10,
      value: 30,
      text: "30% (3 of 10)",
    });
    expect(suppress(measureOver(10, 3), 20).suppressed).toBe(true);
  });

  it("shows an empty cell as a dash, not as suppressed", () => {
    expect(suppress(measureOver(0, 0))).toMatchObject({ suppressed: false, value: null, text: "—" });
  });

  it("suppresses a median over too few people", () => {
    expect(suppress({ kind: "median", id: "e", median: 9000, n: 4, included: { denominator: [] }, excluded: [] })).toMatchObject({
      suppressed: true,
      value: null,
    });
  });
});
