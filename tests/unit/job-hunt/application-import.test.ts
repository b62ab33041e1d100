// Pure checks behind the application form and the spreadsheet import.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { codeFromLabel, isHttpUrl, parseSalary, WORK_MODE_LABELS, ROLE_TYPE_LABELS } from "@/lib/domain/application-fields";
import { mappingErrors, parseSheetDate, rowToApplication, suggestMapping } from "@/lib/domain/application-import";

describe("application fields", () => {
  it("accepts only absolute http(s) links", () => {
    expect(isHttpUrl("https://jobs.example.com/1")).toBe(true);
    expect(isHttpUrl("http://example.org")).toBe(true);
    for (const bad of ["javascript:alert(1)", "ftp://example.com", "/jobs/1", "example.com", "https://localhost", "data:text/html,x"])
      expect(isHttpUrl(bad)).toBe(false);
  });

  it("reads labels and codes loosely", () => {
    expect(codeFromLabel("On-site", WORK_MODE_LABELS)).toBe("ONSITE");
    expect(codeFromLabel("onsite", WORK_MODE_LABELS)).toBe("ONSITE");
    expect(codeFromLabel("Payment poster", ROLE_TYPE_LABELS)).toBe("PAYMENT_POSTER");
    expect(codeFromLabel("astronaut", ROLE_TYPE_LABELS)).toBeUndefined();
    expect(codeFromLabel("", ROLE_TYPE_LABELS)).toBeUndefined();
  });

  it("parses salaries", () => {
    expect(parseSalary("$45,000")).toBe(45000);
    expect(parseSalary("45k")).toBe(45000);
    expect(parseSalary(" ")).toBeUndefined();
    expect(parseSalary("lots")).toBeNaN();
  });

  it("never throws on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        isHttpUrl(s);
        parseSalary(s);
        codeFromLabel(s, WORK_MODE_LABELS);
        parseSheetDate(s);
      }),
    );
  });
});

describe("import mapping", () => {
  it("suggests a mapping from common header names, each column once", () => {
    expect(suggestMapping(["Employer", "Job Title", "Status", "Date Applied", "URL"])).toEqual({
      company: "Employer",
      title: "Job Title",
      stage: "Status",
      appliedOn: "Date Applied",
      link: "URL",
    });
  });

  it("reports missing required fields, unknown and doubly used columns", () => {
    expect(mappingErrors({ title: "A", company: "A" }, ["A"])).toEqual(["The column “A” is chosen for two fields."]);
    expect(mappingErrors({ title: "T" }, ["T"])).toEqual(["Choose the column that holds “Company”."]);
    expect(mappingErrors({ company: "Nope", title: "T" }, ["T"])).toEqual(["There is no column “Nope” in the file."]);
  });

  it("reads US and ISO spreadsheet dates, refusing impossible ones", () => {
    expect(parseSheetDate("3/5/2026")).toBe("2026-03-05");
    expect(parseSheetDate("3/5/26")).toBe("2026-03-05");
    expect(parseSheetDate("2026-02-29")).toBeNull();
    expect(parseSheetDate("")).toBeUndefined();
  });

  it("turns a row into fields, defaulting unmapped vocabularies, or lists every problem", () => {
    const mapping = { company: "C", title: "T", stage: "S", appliedOn: "A", salaryMin: "Min", salaryMax: "Max" };
    const ok = rowToApplication({ C: "North", T: "Coder", S: "", A: "2026-03-01", Min: "40k", Max: "" }, mapping, "2026-03-10");
    expect(ok).toEqual({
      ok: true,
      value: {
        stage: "APPLIED",
        fields: expect.objectContaining({
          company: "North",
          roleType: "OTHER",
          workMode: "ONSITE",
          source: "OTHER",
          salaryMin: 40000,
          appliedOn: "2026-03-01",
        }),
      },
    });
    const bad = rowToApplication({ C: "", T: "Coder", S: "Hired", A: "2026-04-01", Min: "50000", Max: "40000" }, mapping, "2026-03-10");
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.errors).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/Stage “Hired”/),
          expect.stringMatching(/in the future/),
          "Enter the company.",
          expect.stringMatching(/at least the minimum/),
        ]),
      );
  });
});
