import { describe, expect, it } from "vitest";
import { classifyRoster, IMPORT_MAX_BYTES, importTotals, readRoster } from "@/lib/domain/learner-import";

const ctx = {
  cohortsByName: new Map([
    ["fall 2026 coding", "c1"],
    ["billing evening", "c2"],
  ]),
  defaultCohortId: "c1",
  activeMembers: new Set(["c1:member@example.test"]),
};

function classify(csv: string) {
  const read = readRoster(csv);
  if (!read.ok) throw new Error(read.error.message);
  return classifyRoster(read.records, ctx);
}

describe("learner roster import", () => {
  it("marks every row: new (with or without an account), member, invalid, duplicate, unknown cohort, missing name", () => {
    const rows = classify(
      "\uFEFFEmail,First Name,Last Name,Cohort\r\n" +
        "new@example.test,Ana,Ruiz,\r\n" +
        "HAS.ACCOUNT@example.test,Ben,Okafor,Billing Evening\r\n" +
        "member@example.test,Cy,Lee,Fall 2026 Coding\r\n" +
        "not-an-email,Dee,Park,\r\n" +
        "new@example.test,Ana,Ruiz again,\r\n" +
        "eve@example.test,Eve,Stone,Night Owls\r\n" +
        "fay@example.test,,Nguyen,\r\n" +
        '"quoted@example.test","Gil, Jr.",Moss,\r\n',
    );
    expect(rows.map((r) => [r.rowNumber, r.status])).toEqual([
      [2, "NEW"],
      [3, "NEW"],
      [4, "ALREADY_MEMBER"],
      [5, "INVALID_EMAIL"],
      [6, "DUPLICATE_IN_FILE"],
      [7, "UNKNOWN_COHORT"],
      [8, "MISSING_NAME"],
      [9, "NEW"],
    ]);
    expect(rows[1]!.cohortId).toBe("c2");
    expect(rows[7]!.firstName).toBe("Gil, Jr.");
    expect(importTotals(rows, "skip")).toEqual({ invited: 3, reinvited: 0, skipped: 1, errors: 4 });
    expect(importTotals(rows, "reinvite")).toMatchObject({ reinvited: 1, skipped: 0 });
  });

  it("classifies an e-mail cell of the whole 2 MB file's size (no backtracking over its dots)", () => {
    const huge = `a@${".".repeat(IMPORT_MAX_BYTES - 10)} x`;
    const rows = classifyRoster([{ rowNumber: 2, email: huge, firstName: "A", lastName: "B", cohortName: "" }], {
      cohortsByName: new Map(),
      defaultCohortId: "c1",
      activeMembers: new Set(),
    });
    expect(rows[0]?.status).toBe("INVALID_EMAIL");
    const ok = classifyRoster([{ rowNumber: 2, email: "a@b.co", firstName: "A", lastName: "B", cohortName: "" }], {
      cohortsByName: new Map(),
      defaultCohortId: "c1",
      activeMembers: new Set(),
    });
    expect(ok[0]?.status).toBe("NEW");
  });

  it("needs a cohort when none is chosen as default", () => {
    const read = readRoster("email,first name,last name\nx@example.test,X,Y\n");
    if (!read.ok) throw new Error("parse");
    expect(classifyRoster(read.records, { ...ctx, defaultCohortId: null })[0]!.status).toBe("NO_COHORT");
  });

  it("rejects wrong columns, non-CSV files and oversized files with clear messages", () => {
    expect(readRoster("name,phone\nA,1\n")).toMatchObject({ ok: false, error: { kind: "BAD_HEADER" } });
    expect(readRoster("PK\u0003\u0004binary")).toMatchObject({ ok: false, error: { kind: "NOT_CSV" } });
    expect(readRoster("email,first name,last name\n" + "a@b.co,A,B\n".repeat(5_001))).toMatchObject({
      ok: false,
      error: { kind: "TOO_MANY_ROWS" },
    });
    expect(readRoster("email,first name,last name\n" + "x".repeat(2_100_000))).toMatchObject({ ok: false, error: { kind: "TOO_LARGE" } });
  });
});
