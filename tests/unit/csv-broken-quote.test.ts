// Issue 13: one unbalanced quote used to turn the rest of the file into one cell, and the roster
// reader ignored that error, so every later row vanished from the preview ("errors 0").
import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/domain/csv";
import { classifyRoster, importTotals, readRoster } from "@/lib/domain/learner-import";

const ROSTER = [
  "email,first name,last name",
  "ana@example.org,Ana,Silva",
  'ben@example.org,"Ben,Lee',
  "cam@example.org,Cam,Ng",
  "dee@example.org,Dee,Ortiz",
].join("\n");

const ctx = { cohortsByName: new Map<string, string>(), defaultCohortId: "c1", activeMembers: new Set<string>() };

describe("CSV with a broken quote", () => {
  it("reports the broken row with its line number and still reads the rows after it", () => {
    const r = parseCsv(ROSTER);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.rows.map((x) => x.values.email)).toEqual(["ana@example.org", "cam@example.org", "dee@example.org"]);
    expect(r.rowErrors).toHaveLength(1);
    expect(r.rowErrors[0]).toMatchObject({ rowNumber: 3, line: 3 });
    expect(r.rowErrors[0]?.message).toMatch(/^Line 3: A quoted cell is never closed/);
  });
  it("keeps line numbers right after a multi-line cell and a broken quote", () => {
    const r = parseCsv('a,b\n1,"two\nlines"\n2,"open\n3,x\n4,"y"\n');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.rows.map((x) => x.values.a)).toEqual(["1", "3", "4"]);
    expect(r.rows.find((x) => x.values.a === "4")?.values.b).toBe("y");
    expect(r.rowErrors.map((e) => e.line)).toEqual([4]);
  });
  it("a broken quote on every line costs linear time, each one a row error", () => {
    const text = "a,b\n" + 'x,"never closed\n'.repeat(40_000);
    const t0 = performance.now();
    const r = parseCsv(text, { maxRows: 50_000 });
    expect(performance.now() - t0).toBeLessThan(3000);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.rowErrors).toHaveLength(40_000);
  });
  it("the roster preview lists the broken row as an error and every row after it", () => {
    const read = readRoster(ROSTER);
    if (!read.ok) throw new Error(read.error.message);
    const rows = classifyRoster(read.records, ctx, read.unreadable);
    expect(rows.map((r) => r.rowNumber)).toEqual([2, 3, 4, 5]);
    expect(rows.find((r) => r.rowNumber === 3)).toMatchObject({ status: "UNREADABLE" });
    expect(rows.find((r) => r.rowNumber === 3)?.message).toMatch(/Line 3/);
    expect(importTotals(rows, "skip")).toMatchObject({ invited: 3, errors: 1 });
  });
});
