// Issue 13: a general keyword counts when a specific form of it appears (the longer phrase must
// not "consume" it), and a credential named as in progress is not held — in the checklist and
// in the job-description match alike.
import { describe, expect, it } from "vitest";
import { KEYWORD_VOCABULARY as V } from "@/lib/content/keywords";
import { findKeywords, keywordChecklist, matchJobDescription } from "@/lib/domain/keyword-match";

const item = (resume: string, id: string) =>
  keywordChecklist(resume, "BILLING")
    .groups.flatMap((g) => g.items)
    .find((i) => i.id === id);
const requested = (resume: string, jd: string, id: string) => matchJobDescription(resume, jd, "BILLING").requested.find((r) => r.id === id);

const RESUME = "Handled accounts receivable follow-up for 3 clinics.\nPrepared weekly A/R aging reports.";

describe("general keywords are not consumed by their specific forms", () => {
  it("ticks A/R follow-up, A/R aging and the general Accounts receivable in the checklist", () => {
    expect(item(RESUME, "ar-follow-up")?.present).toBe(true);
    expect(item(RESUME, "ar-aging")?.present).toBe(true);
    expect(item(RESUME, "accounts-receivable")).toMatchObject({ present: true });
  });
  it("counts Accounts receivable as on the resume in the job match", () => {
    const jd = "Requirements: 2 years of accounts receivable experience. Epic preferred.";
    expect(requested(RESUME, jd, "accounts-receivable")).toMatchObject({ inResume: true });
    expect(matchJobDescription(RESUME, jd, "BILLING").score).toBeGreaterThan(0);
  });
  it("a specific EHR shows EHR experience", () => {
    expect(requested("Charted in Epic daily.", "EHR experience required.", "ehr")).toMatchObject({ inResume: true, satisfiedBy: "Epic" });
  });
  it("does not credit unrelated keywords", () => {
    expect(item("Posted payments and EOBs.", "accounts-receivable")?.present).toBe(false);
  });
});

describe("credentials named as in progress are not held", () => {
  const cases = [
    "CPB candidate",
    "CPB Candidate (exam June 2027)",
    "Pursuing the CPB",
    "CPB (in progress)",
    "CPB in-progress",
    "CPB expected 2027",
    "CPB - expected May 2027",
    "Eligible for CPB",
    "Preparing for the CPB exam",
    "Studying for CPB",
    "CPB exam candidate",
    "Working toward CPB",
  ];
  for (const text of cases) {
    it(`"${text}" → in progress, not present`, () => {
      expect(item(text, "cpb")).toMatchObject({ present: false, inProgress: true });
      expect(requested(text, "CPB required.", "cpb")).toMatchObject({ inResume: false, inProgress: true });
    });
  }
  it("a held credential beside an in-progress one stays held", () => {
    const text = "Certified Professional Coder (CPC), pursuing CPB";
    const coding = keywordChecklist(text, "CODING").groups.flatMap((g) => g.items);
    expect(coding.find((i) => i.id === "cpc")).toMatchObject({ present: true });
    expect(coding.find((i) => i.id === "cpc")?.inProgress).toBeUndefined();
    expect(item(text, "cpb")).toMatchObject({ present: false, inProgress: true });
  });
  it("held wins when the credential is also named plainly", () => {
    expect(item("CPB since 2023. Former CPB candidate mentor.", "cpb")).toMatchObject({ present: true });
  });
  it("plain mentions and unrelated wording stay held", () => {
    for (const text of ["CPB", "CPB, 2024", "CPB certified biller", "CPB; expected to exceed targets"])
      expect(item(text, "cpb")?.present, text).toBe(true);
  });
  it("the in-progress check reads a bounded window, so long text stays linear", () => {
    const text = `${"pursuing ".repeat(20_000)}CPB ${"candidate ".repeat(20_000)}`;
    const t0 = performance.now();
    const spans = findKeywords(text, V);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(spans.find((s) => s.keywordId === "cpb")?.inProgress).toBe(true);
  });
});
