// The .docx budget (lib/data/job-hunt/docx-budget.ts) on honest and hostile archives.
import { describe, expect, it } from "vitest";
import { DOCX_BUDGET, docxBudgetProblem } from "@/lib/data/job-hunt/docx-budget";
import { docxParts, minimalDocx, zip } from "../../support/minimal-docx";
import { lyingZipBombDocx, manyPartsDocx, zipBombDocx } from "../../support/zip-bomb";

describe("docxBudgetProblem", () => {
  it("passes an ordinary document, stored or deflated", () => {
    expect(docxBudgetProblem(minimalDocx("Jo Doe\nCPC-A"))).toBeUndefined();
    expect(docxBudgetProblem(zip(docxParts("Jo Doe\nCPC-A", { deflate: true })))).toBeUndefined();
  });

  it("refuses a bomb by its declared ratio, and one that lies about its size by inflating with a cap", () => {
    expect(docxBudgetProblem(zipBombDocx())?.reason).toMatch(/expands more than 100×/);
    expect(docxBudgetProblem(lyingZipBombDocx())?.reason).toMatch(/larger than the archive says/);
  });

  it("refuses too many parts, too much XML, and a damaged directory", () => {
    expect(docxBudgetProblem(manyPartsDocx(DOCX_BUDGET.maxEntries))).toEqual({
      kind: "over-budget",
      reason: expect.stringMatching(/more than 300 parts/),
    });
    // Incompressible letters (a fixed LCG), so only the XML total can refuse it.
    let seed = 7;
    const letters = Array.from({ length: DOCX_BUDGET.maxXmlBytes }, () =>
      String.fromCharCode(97 + ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 26)),
    ).join("");
    const bigXml = Buffer.from(`<x>${letters}</x>`);
    expect(docxBudgetProblem(zip([...docxParts("x"), { name: "word/styles.xml", data: bigXml, deflate: true }]))?.reason).toMatch(
      /exceed 1 MB/,
    );
    const cut = minimalDocx("x");
    expect(docxBudgetProblem(cut.subarray(0, cut.length - 5))).toEqual({ kind: "damaged", reason: "it has no ZIP directory" });
  });
});
