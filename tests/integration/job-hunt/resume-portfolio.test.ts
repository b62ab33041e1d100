// Resume (paste and files), checklists and portfolio through the data layer.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AccessDeniedError, NotFoundError, UserInputError } from "@/lib/data/errors";
import { getResumeWorkspace, saveResume } from "@/lib/data/job-hunt/resume";
import { extractResumeText } from "@/lib/data/job-hunt/resume-file";
import { setChecklistMark, getChecklistMarks } from "@/lib/data/job-hunt/checklists";
import { createPortfolioItem, deletePortfolioItem, listPortfolio } from "@/lib/data/job-hunt/portfolio";
import { analyzeJobDescription } from "@/lib/data/job-hunt/match";
import { actors, snapshot } from "./support";
import { minimalDocx } from "../../support/minimal-docx";

describe("resume", () => {
  let who: Awaited<ReturnType<typeof actors>>;
  beforeEach(async () => {
    who = await actors();
  });

  it("saves and re-reads the resume with the path's checklist inputs; keeps the learner's own email quiet", async () => {
    await saveResume(who.owner, { text: `Jo Doe · ${who.owner.email}\nCPC-A, ICD-10-CM, CPT, Epic`, confirmPhi: false });
    const w = await getResumeWorkspace(who.owner);
    expect(w).toMatchObject({ path: "CODING", text: expect.stringContaining("CPC-A") });
    const match = await analyzeJobDescription(who.owner, "CPC required. Epic experience a must. Cerner a plus.");
    expect(match.requested.find((r) => r.label === "Epic")).toMatchObject({ inResume: true });
    expect(match.jdSegments.some((s) => s.keywordId)).toBe(true);
  });

  it("reads .docx with mammoth, .txt as text, and rejects a binary renamed .docx", async () => {
    const docx = new File([new Uint8Array(minimalDocx("CPC-A candidate with ICD-10-CM"))], "resume.docx");
    expect(await extractResumeText(docx)).toContain("CPC-A candidate");
    expect(await extractResumeText(new File(["Plain resume\r\nline 2"], "r.txt"))).toBe("Plain resume\nline 2");
    await expect(extractResumeText(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])], "photo.docx"))).rejects.toThrow(
      /not a Word .docx/,
    );
    await expect(extractResumeText(new File([new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9])], "broken.docx"))).rejects.toThrow(
      /could not be read/,
    );
    await expect(extractResumeText(new File(["%PDF-1.7"], "resume.pdf"))).rejects.toThrow(/PDF is not supported/);
  });

  it("is denied to advisors; checklist keys must be known", async () => {
    const before = await snapshot();
    await expect(saveResume(who.advisor, { text: "x", confirmPhi: false })).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(setChecklistMark(who.owner, "remote-readiness", "NOT_AN_ITEM", true)).rejects.toBeInstanceOf(UserInputError);
    await expect(setChecklistMark(who.advisor, "remote-readiness", "SHREDDER", true)).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await snapshot()).toEqual(before);
    await setChecklistMark(who.owner, "resume-keywords", "epic", true);
    await setChecklistMark(who.owner, "resume-keywords", "epic", true);
    expect(await getChecklistMarks(who.owner, "resume-keywords")).toEqual(["epic"]);
    await setChecklistMark(who.owner, "resume-keywords", "epic", false);
    expect(await getChecklistMarks(who.owner, "resume-keywords")).toEqual([]);
  });
});

describe("portfolio", () => {
  it("guards PHI, lists only own items and deletes only own items", async () => {
    const who = await actors();
    await expect(
      createPortfolioItem(who.owner, { title: "Case", body: "Patient: Mary Jones, DOB 01/02/1950", confirmPhi: false }),
    ).rejects.toThrow(/patient identifiers/);
    expect(await db.portfolioItem.count()).toBe(0);
    const { id } = await createPortfolioItem(who.owner, { title: "Case", body: "Invented scenario: E11.40 and 99213.", confirmPhi: false });
    expect(await listPortfolio(who.other)).toEqual([]);
    await expect(deletePortfolioItem(who.other, id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await listPortfolio(who.owner)).toHaveLength(1);
    await deletePortfolioItem(who.owner, id);
    expect(await listPortfolio(who.owner)).toEqual([]);
  });
});
