import { describe, expect, it } from "vitest";
import { requirementContext } from "@/lib/domain/jd-context";
import { matchJobDescription, type JobMatch } from "@/lib/domain/keyword-match";
import { BILLER_POSTING, BILLER_RESUME, CODER_POSTING, CODER_RESUME } from "./postings";

const byId = (m: JobMatch) => new Map(m.requested.map((r) => [r.id, r]));
const weight = (m: JobMatch, has: boolean) => m.requested.filter((r) => !has || r.inResume).reduce((n, r) => n + (r.required ? 2 : 1), 0);

describe("requirement context", () => {
  const at = (text: string, term: string) => requirementContext(text).levelAt(text.indexOf(term));
  it("reads cues in the term's clause, sentence, label and section", () => {
    expect(at("CPC required, Epic preferred.", "Epic")).toBe("preferred");
    expect(at("CPC required, Epic preferred.", "CPC")).toBe("required");
    expect(at("CPC, CCS, or CCA required; Cerner a plus.", "CCS")).toBe("required");
    expect(at("CPC, CCS, or CCA required; Cerner a plus.", "Cerner")).toBe("preferred");
    expect(at("Must have CPC.", "CPC")).toBe("required");
    expect(at("Preferred: Epic", "Epic")).toBe("preferred");
    expect(at("Minimum Qualifications\n- Epic\n\nBenefits\n- 401k with Epic", "- Epic")).toBe("required");
    expect(at("Preferred Qualifications:\n- Epic experience", "Epic")).toBe("preferred");
    expect(at("Responsibilities\n- File appeals as required", "appeals")).toBe("neutral");
    expect(at("Requirements\r\n- Experience with Epic is a plus\r\n- CPC", "Epic")).toBe("preferred");
    expect(at("Requirements\r\n- Experience with Epic is a plus\r\n- CPC", "CPC")).toBe("required");
  });
  it("does not take a bullet for a heading", () => {
    const jd = "Epic experience preferred\nCPC";
    expect(requirementContext(jd).levelAt(jd.indexOf("CPC"))).toBe("neutral");
  });
});

describe("matchJobDescription: remote outpatient coder posting", () => {
  const m = matchJobDescription(CODER_RESUME, CODER_POSTING, "CODING");
  const r = byId(m);

  it("lists the domain terms the posting asks for, required ones first", () => {
    for (const id of ["cpc", "cpc-a", "ccs", "icd-10-cm", "cpt", "epic", "attention-to-detail", "home-office", "hipaa"])
      expect(r.get(id)?.required, id).toBe(true);
    for (const id of [
      "hcpcs",
      "modifiers",
      "ncci",
      "lcd-ncd",
      "provider-queries",
      "denials",
      "3m-solventum",
      "trucode",
      "oracle-health",
      "remote-work",
    ])
      expect(r.get(id)?.required, id).toBe(false);
    const firstOptional = m.requested.findIndex((x) => !x.required);
    expect(m.requested.slice(firstOptional).every((x) => !x.required)).toBe(true);
  });
  it("treats 'CPC, CPC-A or CCS' as alternatives that a CPC-A covers", () => {
    expect(r.get("cpc")).toMatchObject({ inResume: true, satisfiedBy: "CPC-A" });
    expect(r.get("ccs")).toMatchObject({ inResume: true, satisfiedBy: "CPC-A" });
    expect(r.get("cpc-a")).toMatchObject({ inResume: true });
  });
  it("matches synonyms: the resume's 'Oracle Health (Cerner)' meets the posting's 'Cerner', ICD-10-CM meets 'ICD-10'", () => {
    expect(r.get("oracle-health")?.inResume).toBe(true);
    expect(r.get("icd-10-cm")?.inResume).toBe(true);
    expect(r.get("epic")?.inResume).toBe(false);
  });
  it("scores with the transparent formula", () => {
    expect(m.score).toBe(Math.round((100 * weight(m, true)) / weight(m, false)));
    expect(m.score).toBeGreaterThan(0);
    expect(m.score).toBeLessThan(100);
    expect(m.formula.join(" ")).toContain("Required terms weigh 2");
    expect(m.formula.at(-1)).toBe(`${weight(m, true)} ÷ ${weight(m, false)} × 100 = ${m.score}.`);
  });
  it("suggests concrete fixes, required gaps first", () => {
    expect(m.suggestions[0]).toMatch(/^Required — Epic:/);
    expect(m.suggestions.some((s) => s.startsWith("Required — HIPAA-compliant home office"))).toBe(true);
    expect(m.suggestions.some((s) => s.startsWith("Also asked for —"))).toBe(true);
    expect(m.suggestions.at(-1)).toMatch(/back up in an interview/);
    // A more specific resume term ("ICD-10-CM" for "ICD-10") is not a wording gap.
    expect(m.suggestions.join(" ")).not.toContain("“ICD-10”");
  });
  it("returns spans to highlight both texts", () => {
    expect(m.jdSpans.some((s) => CODER_POSTING.slice(s.start, s.end) === "Epic")).toBe(true);
    expect(m.resumeSpans.some((s) => CODER_RESUME.slice(s.start, s.end) === "CPC-A")).toBe(true);
  });
});

describe("matchJobDescription: billing / A/R posting", () => {
  const m = matchJobDescription(BILLER_RESUME, BILLER_POSTING, "BILLING");
  const r = byId(m);
  it("finds billing terms, forms and their weights", () => {
    for (const id of ["ar-follow-up", "denials", "oracle-health", "epic", "cpt", "icd-10-cm", "hcpcs", "communication", "persistence"])
      expect(r.get(id)?.required, id).toBe(true);
    for (const id of [
      "clean-claims",
      "cms-1500",
      "ub-04",
      "clearinghouse",
      "ar-aging",
      "payer-portals",
      "eob",
      "era",
      "carc-rarc",
      "appeals",
      "payment-posting",
      "credit-balances",
      "cpb",
      "cpc",
      "prior-authorization",
      "eligibility",
      "false-claims-act",
      "stark",
    ]) {
      expect(r.get(id)?.required, id).toBe(false);
    }
  });
  it("matches synonyms and alternatives", () => {
    expect(r.get("cms-1500")?.inResume).toBe(true); // HCFA-1500
    expect(r.get("ar-follow-up")?.inResume).toBe(true); // "AR follow-up" vs "accounts receivable follow-up"
    expect(r.get("era")?.inResume).toBe(true); // "ERAs" vs "ERA/835"
    expect(r.get("epic")).toMatchObject({ inResume: true, satisfiedBy: "Oracle Health (Cerner)" }); // "Cerner or Epic Resolute"
    expect(r.get("ub-04")?.inResume).toBe(false);
    expect(r.get("cpb")?.inResume).toBe(false);
  });
  it("scores 24 of 36 weight points", () => {
    expect(weight(m, true)).toBe(24);
    expect(weight(m, false)).toBe(36);
    expect(m.score).toBe(67);
  });
  it("suggests using the posting's wording for a synonym", () => {
    expect(m.suggestions.some((s) => s.includes("“Cerner”") && s.includes("“Oracle Health”"))).toBe(true);
    expect(m.suggestions.filter((s) => s.startsWith("Required —")).map((s) => s.split(":")[0])).toEqual([
      "Required — HCPCS Level II",
      "Required — Persistence",
    ]);
  });
  it("notes when a posting leans to the other path", () => {
    const coder = matchJobDescription(BILLER_RESUME, BILLER_POSTING, "CODING");
    expect(coder.suggestions.some((s) => s.includes("leans toward billing"))).toBe(true);
    expect(m.suggestions.some((s) => s.includes("leans toward"))).toBe(false);
  });
});

describe("matchJobDescription: presence, not repetition", () => {
  const base = matchJobDescription(CODER_RESUME, CODER_POSTING);
  it("keyword stuffing in the resume earns nothing", () => {
    const stuffed = `${CODER_RESUME}\n${"CPC-A ICD-10-CM CPT HIPAA ".repeat(200)}\nUB-04 CMS-1500 payment posting EFT`;
    expect(matchJobDescription(stuffed, CODER_POSTING).score).toBe(base.score);
  });
  it("repeating a term in the posting does not change its weight", () => {
    const noisy = `${CODER_POSTING}\nWe love Epic. Epic, Epic, Epic. ${"ICD-10-CM ".repeat(30)}`;
    expect(matchJobDescription(CODER_RESUME, noisy).score).toBe(base.score);
  });
  it("adding a missing required term raises the score more than a preferred one", () => {
    const withEpic = matchJobDescription(`${CODER_RESUME}\nEpic (externship)`, CODER_POSTING);
    const withLcd = matchJobDescription(`${CODER_RESUME}\nChecked LCD/NCD policies`, CODER_POSTING);
    expect(withEpic.score).toBeGreaterThan(withLcd.score);
    expect(withLcd.score).toBeGreaterThan(base.score);
  });
  it("is case and punctuation insensitive", () => {
    const shouty = matchJobDescription(CODER_RESUME.toUpperCase().replaceAll("-", " – "), CODER_POSTING);
    expect(shouty.requested.filter((r) => r.inResume).map((r) => r.id)).toEqual(base.requested.filter((r) => r.inResume).map((r) => r.id));
  });
});

describe("matchJobDescription: edge cases", () => {
  it("explains a posting without domain terms", () => {
    const m = matchJobDescription(CODER_RESUME, "We are hiring a barista. Latte art a plus.");
    expect(m.requested).toEqual([]);
    expect(m.score).toBe(0);
    expect(m.formula.join(" ")).toMatch(/nothing to score/);
    expect(m.suggestions[0]).toMatch(/Paste the full description/);
  });
  it("scores 100 when the resume has every term, and says so", () => {
    const m = matchJobDescription("CPC, Epic, ICD-10-CM", "CPC required. Epic and ICD-10-CM preferred.");
    expect(m.score).toBe(100);
    expect(m.suggestions.join(" ")).toMatch(/Strong keyword match/);
    expect(m.suggestions.join(" ")).not.toMatch(/back up in an interview/);
  });
  it("lets a full CPC meet a CPC-A requirement, and explains the reverse", () => {
    expect(matchJobDescription("CPC since 2019", "CPC-A required.").requested[0]).toMatchObject({
      id: "cpc-a",
      inResume: true,
      satisfiedBy: "CPC",
    });
    const m = matchJobDescription("CPC-A, 2024", "CPC required.");
    expect(m.requested.find((r) => r.id === "cpc")?.inResume).toBe(false);
    expect(m.suggestions[0]).toMatch(/apprentice designation/);
  });
  it("does not treat a plain comma list as alternatives", () => {
    const m = matchJobDescription("CPT", "Required: CPT, HCPCS");
    expect(m.requested.find((r) => r.id === "hcpcs")?.inResume).toBe(false);
  });
});
