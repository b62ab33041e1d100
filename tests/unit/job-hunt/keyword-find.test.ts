import { describe, expect, it } from "vitest";
import { KEYWORD_VOCABULARY as V } from "@/lib/content/keywords";
import { findKeywords, highlightSpans } from "@/lib/domain/keyword-match";
import { normalizeText, separatorKind, tokenize } from "@/lib/domain/text-normalize";

const ids = (text: string) => findKeywords(text, V).map((s) => s.keywordId);
const found = (text: string) => new Set(ids(text));

describe("text normalization", () => {
  it("folds case, accents, Unicode dashes and whitespace", () => {
    expect(normalizeText("  Résumé\u00A0–\u2011 ICD\u201210\u2014CM ")).toBe("resume -- icd-10-cm");
  });
  it("splits letters from digits and keeps original offsets", () => {
    const text = "Used ICD10CM daily";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(["used", "icd", "10", "cm", "daily"]);
    for (const t of tokens) expect(text.slice(t.start, t.end).toLowerCase()).toBe(t.norm);
  });
  it("treats & as 'and' and classifies separators", () => {
    expect(tokenize("E&B").map((t) => t.norm)).toEqual(["e", "and", "b"]);
    expect(separatorKind("")).toBe("none");
    expect(separatorKind(" \n ")).toBe("space");
    expect(separatorKind("\n\n")).toBe("hard");
    expect(separatorKind(" – ")).toBe("hyphen");
    expect(separatorKind("/")).toBe("slash");
    expect(separatorKind(", ")).toBe("hard");
  });
});

describe("findKeywords: boundaries", () => {
  it("counts CPC-A as CPC-A only, never also as CPC", () => {
    expect(ids("CPC-A since 2024")).toEqual(["cpc-a"]);
    expect(ids("cpc-a")).toEqual(["cpc-a"]);
    expect(ids("CPCA")).toEqual(["cpc-a"]);
    expect(ids("CPC\u2011A (non-breaking hyphen)")).toEqual(["cpc-a"]);
    expect(ids("Certified Professional Coder - Apprentice")).toEqual(["cpc-a"]);
  });
  it("finds both in 'CPC/CPC-A' and CPC alone", () => {
    expect(ids("CPC/CPC-A")).toEqual(["cpc", "cpc-a"]);
    expect(ids("Active CPC.")).toEqual(["cpc"]);
  });
  it("does not read 'CPC a plus' or 'A R' as CPC-A or A/R", () => {
    expect(ids("CPC a plus")).toEqual(["cpc"]);
    expect(ids("Plan A R")).toEqual([]);
  });
  it("matches whole words only", () => {
    expect(ids("the epicenter of an epic journey")).toEqual([]);
    expect(ids("Epic, EPIC and Epic's Resolute module")).toEqual(["epic", "epic", "epic"]);
    expect(ids("hipaacompliance")).toEqual([]);
    expect(ids("CPT4 and CPT-4")).toEqual(["cpt", "cpt"]);
    expect(ids("Epic2")).toEqual([]);
  });
  it("prefers the longest phrase: ICD-10-PCS is not ICD-10-CM", () => {
    expect(ids("ICD-10-PCS")).toEqual(["icd-10-pcs"]);
    expect(ids("ICD10PCS")).toEqual(["icd-10-pcs"]);
    expect(ids("HCPCS Level II")).toEqual(["hcpcs"]);
    expect(ids("TruCode encoder")).toEqual(["trucode"]);
  });
  it("credits both code sets in 'ICD-10-CM/PCS'", () => {
    expect(found("ICD-10-CM/PCS coding")).toEqual(new Set(["icd-10-cm", "icd-10-pcs"]));
  });
  it("does not treat amounts as the 835 transaction", () => {
    expect(ids("Collected $835 and $1,835 (2.835%), 835%")).toEqual([]);
    expect(ids("Posted 835s and 837P files")).toEqual(["era", "claims-submission"]);
  });
});

describe("findKeywords: hyphenation, case and synonyms", () => {
  it.each([
    ["ICD-10-CM", "icd-10-cm"],
    ["icd 10 cm", "icd-10-cm"],
    ["ICD10", "icd-10-cm"],
    ["ICD‑10", "icd-10-cm"],
    ["ICD-10", "icd-10-cm"],
    ["CMS-1500", "cms-1500"],
    ["CMS 1500", "cms-1500"],
    ["cms1500", "cms-1500"],
    ["HCFA-1500", "cms-1500"],
    ["UB-04", "ub-04"],
    ["UB04", "ub-04"],
    ["ub 04", "ub-04"],
    ["Oracle Health", "oracle-health"],
    ["Cerner", "oracle-health"],
    ["oracle-health", "oracle-health"],
    ["A/R", "accounts-receivable"],
    ["accounts receivable", "accounts-receivable"],
    ["A / R", "accounts-receivable"],
    ["A/R follow-up", "ar-follow-up"],
    ["A/R follow up", "ar-follow-up"],
    ["A/R followup", "ar-follow-up"],
    ["AR follow-up", "ar-follow-up"],
    ["accounts receivable follow-up", "ar-follow-up"],
    ["EOB", "eob"],
    ["EOBs", "eob"],
    ["explanation of benefits", "eob"],
    ["Explanation-of-Benefits", "eob"],
    ["ERA", "era"],
    ["ERAs", "era"],
    ["835", "era"],
    ["electronic remittance advice", "era"],
    ["Eligibility & Benefits", "eligibility"],
    ["eligibility and benefits", "eligibility"],
    ["HIPPA", "hipaa"],
    ["athena health", "athenahealth"],
    ["MEDITECH", "meditech"],
    ["Meditech", "meditech"],
    ["prior auth", "prior-authorization"],
    ["pre-authorization", "prior-authorization"],
    ["preauthorization", "prior-authorization"],
    ["denial management", "denials"],
    ["claim denials", "denials"],
    ["3M encoder", "3m-solventum"],
    ["Solventum", "3m-solventum"],
    ["E/M", "em"],
    ["E & M", "em"],
    ["LCD/NCD", "lcd-ncd"],
    ["work from home", "remote-work"],
    ["telecommute", "remote-work"],
    ["detail-oriented", "attention-to-detail"],
    ["detail oriented", "attention-to-detail"],
    ["problem solving", "problem-solving"],
  ])("%s → %s", (text, id) => {
    expect(ids(text)).toEqual([id]);
  });
  it("lets a wrapped line join a phrase but not a paragraph break", () => {
    expect(ids("accounts\nreceivable")).toEqual(["accounts-receivable"]);
    expect(ids("accounts\n\nreceivable")).toEqual([]);
  });
  it("does not match 'Optum' the employer or 'collection' the noun", () => {
    expect(ids("Optum is hiring")).toEqual([]);
    expect(ids("data collection")).toEqual([]);
  });
});

describe("highlightSpans", () => {
  it("returns segments that rebuild the original text", () => {
    const text = "Coded with ICD-10-CM in Epic (Cerner too).";
    const segments = highlightSpans(text, findKeywords(text, V));
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.filter((s) => s.keywordId).map((s) => [s.text, s.keywordId])).toEqual([
      ["ICD-10-CM", "icd-10-cm"],
      ["Epic", "epic"],
      ["Cerner", "oracle-health"],
    ]);
  });
  it("skips implied, overlapping and out-of-range spans", () => {
    const text = "ICD-10-CM/PCS";
    const spans = findKeywords(text, V);
    expect(highlightSpans(text, spans)).toEqual([{ text, keywordId: "icd-10-cm" }]);
    expect(
      highlightSpans("abc", [
        { keywordId: "x", start: 1, end: 9 },
        { keywordId: "y", start: 0, end: 2 },
        { keywordId: "z", start: 1, end: 3 },
      ]),
    ).toEqual([{ text: "ab", keywordId: "y" }, { text: "c" }]);
    expect(highlightSpans("", [])).toEqual([]);
  });
});
