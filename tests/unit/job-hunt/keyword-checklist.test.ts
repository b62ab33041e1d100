import { describe, expect, it } from "vitest";
import { KEYWORD_VOCABULARY as V, KEYWORD_SOURCE } from "@/lib/content/keywords";
import { findKeywords, keywordChecklist } from "@/lib/domain/keyword-match";
import { BILLER_RESUME, CODER_RESUME } from "./postings";

describe("keyword vocabulary", () => {
  it("has unique ids, known groups, and references that resolve", () => {
    const ids = V.keywords.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    const groups = new Set(V.groups.map((g) => g.id));
    for (const k of V.keywords) {
      expect(groups.has(k.group)).toBe(true);
      expect(k.paths.length).toBeGreaterThan(0);
      for (const s of k.satisfies ?? []) expect(ids).toContain(s);
      for (const v of k.variants) if (typeof v !== "string") for (const a of v.alsoMatches ?? []) expect(ids).toContain(a);
    }
    expect(V.source).toEqual(KEYWORD_SOURCE);
    expect(KEYWORD_SOURCE.label).toBe("Chartpath keyword list compiled from the career guide and postings");
  });
  it("finds every variant as its own keyword (no variant is shadowed by another keyword)", () => {
    for (const k of V.keywords) {
      for (const v of k.variants) {
        const phrase = typeof v === "string" ? v : v.phrase;
        expect(
          findKeywords(phrase, V).map((s) => s.keywordId),
          `${phrase}`,
        ).toContain(k.id);
      }
    }
  });
  it("covers the reference keyword list", () => {
    const reference = [
      "CPC",
      "CPC-A",
      "COC",
      "CCS",
      "CCS-P",
      "CCA",
      "CIC",
      "CPB",
      "RHIT",
      "RHIA",
      "ICD-10-CM",
      "ICD-10-PCS",
      "CPT",
      "HCPCS Level II",
      "modifiers",
      "DRG validation",
      "grouper",
      "provider queries",
      "NCCI edits",
      "Epic",
      "Oracle Health",
      "athenahealth",
      "MEDITECH",
      "3M",
      "Solventum",
      "TruCode",
      "Optum encoder",
      "clearinghouse",
      "clean claims",
      "claims submission",
      "denials management",
      "appeals",
      "A/R follow-up",
      "A/R aging",
      "payment posting",
      "EOB",
      "ERA",
      "835",
      "EFT",
      "CARC/RARC",
      "credit balances",
      "patient statements",
      "collections",
      "CMS-1500",
      "UB-04",
      "insurance verification",
      "eligibility and benefits",
      "prior authorization",
      "Availity",
      "NaviNet",
      "HIPAA",
      "NCCI",
      "LCD/NCD",
      "Stark Law",
      "False Claims Act",
      "remote medical coder",
      "telecommute",
      "work from home",
      "HIPAA-compliant home office",
      "attention to detail",
      "analytical",
      "communication",
      "problem-solving",
      "persistence",
      "negotiation",
      "organized",
    ];
    for (const term of reference) expect(findKeywords(term, V).length, term).toBeGreaterThan(0);
  });
});

describe("keywordChecklist", () => {
  it("groups the coding path's keywords with presence and coverage", () => {
    const list = keywordChecklist(CODER_RESUME, "CODING");
    const group = (id: string) => list.groups.find((g) => g.id === id);
    const item = (id: string) => list.groups.flatMap((g) => g.items).find((i) => i.id === id);
    expect(item("cpc-a")).toEqual({ id: "cpc-a", label: "CPC-A", present: true, manual: false });
    expect(item("cpc")?.present).toBe(false);
    expect(item("icd-10-cm")?.present).toBe(true);
    expect(item("oracle-health")?.present).toBe(true);
    expect(item("epic")?.present).toBe(false);
    // Billing-only terms are not on the coding checklist.
    expect(item("payment-posting")).toBeUndefined();
    expect(list.groups.map((g) => g.id)).not.toContain("front-end");
    // "any" groups: one credential / one EHR covers the group.
    expect(group("credentials")).toMatchObject({ coverageRule: "any", present: 1, coverage: 100 });
    expect(group("ehr-encoders")).toMatchObject({ coverageRule: "any", coverage: 100 });
    expect(group("remote")).toMatchObject({ present: 0, coverage: 0 });
    const codeSets = group("code-sets");
    expect(codeSets?.coverage).toBe(Math.round((100 * (codeSets?.present ?? 0)) / (codeSets?.total ?? 1)));
  });
  it("computes overall coverage counting 'any' groups once", () => {
    const list = keywordChecklist(CODER_RESUME, "CODING");
    const expectedPresent = list.groups.reduce((n, g) => n + (g.coverageRule === "any" ? (g.present > 0 ? 1 : 0) : g.present), 0);
    const expectedTotal = list.groups.reduce((n, g) => n + (g.coverageRule === "any" ? 1 : g.total), 0);
    expect(list.present).toBe(expectedPresent);
    expect(list.total).toBe(expectedTotal);
    expect(list.coverage).toBe(Math.round((100 * expectedPresent) / expectedTotal));
  });
  it("counts manual checks as present and marks them", () => {
    const before = keywordChecklist(CODER_RESUME, "CODING");
    const after = keywordChecklist(CODER_RESUME, "CODING", ["provider-queries", "icd-10-cm", "not-a-keyword"]);
    const item = (l: typeof after, id: string) => l.groups.flatMap((g) => g.items).find((i) => i.id === id);
    expect(item(after, "provider-queries")).toMatchObject({ present: true, manual: true });
    expect(item(after, "icd-10-cm")).toMatchObject({ present: true, manual: true });
    expect(after.present).toBe(before.present + 1);
  });
  it("uses the billing path's terms for a biller", () => {
    const list = keywordChecklist(BILLER_RESUME, "BILLING");
    const present = new Set(
      list.groups
        .flatMap((g) => g.items)
        .filter((i) => i.present)
        .map((i) => i.id),
    );
    for (const id of [
      "cbcs",
      "cms-1500",
      "ar-follow-up",
      "ar-aging",
      "payment-posting",
      "era",
      "eob",
      "denials",
      "appeals",
      "eligibility",
      "payer-portals",
      "credit-balances",
    ]) {
      expect(present.has(id), id).toBe(true);
    }
    expect(list.groups.flatMap((g) => g.items).some((i) => i.id === "drg")).toBe(false);
  });
  it("handles an empty resume", () => {
    const list = keywordChecklist("", "BILLING");
    expect(list.present).toBe(0);
    expect(list.coverage).toBe(0);
    expect(list.total).toBeGreaterThan(0);
  });
});
