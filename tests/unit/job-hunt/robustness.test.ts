import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KEYWORD_VOCABULARY as V } from "@/lib/content/keywords";
import { parseCsv, toCsv } from "@/lib/domain/csv";
import { findKeywords, highlightSpans, matchJobDescription } from "@/lib/domain/keyword-match";
import { detectPhi } from "@/lib/domain/phi-guard";
import { CODER_POSTING, CODER_RESUME } from "./postings";

// Text drawn from domain fragments and noise, so properties hit real matches, not only misses.
const fragment = fc.constantFrom(
  "CPC-A",
  "ICD\u201110",
  "A/R",
  " ",
  "\n",
  ",",
  "Epic",
  "epicenter",
  "$835",
  "835s",
  "MRN 1234",
  "&",
  "–",
  "é",
  "𝔘",
  "\u0000",
);
const text = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.array(fragment, { maxLength: 30 }).map((a) => a.join("")),
);

describe("properties", () => {
  it("spans are in range and highlighting rebuilds the text", () => {
    fc.assert(
      fc.property(text, (t) => {
        const spans = findKeywords(t, V);
        for (const s of spans) expect(s.start >= 0 && s.end <= t.length && s.start < s.end).toBe(true);
        expect(
          highlightSpans(t, spans)
            .map((s) => s.text)
            .join(""),
        ).toBe(t);
      }),
      { numRuns: 300 },
    );
  });
  it("the score stays within 0–100 and never throws", () => {
    fc.assert(
      fc.property(text, text, (resume, jd) => {
        const m = matchJobDescription(resume, jd);
        expect(m.score >= 0 && m.score <= 100 && Number.isInteger(m.score)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
  it("PHI findings point into the text", () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const f of detectPhi(t)) expect(f.index >= 0 && f.index + f.length <= t.length).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it("any table written with toCsv parses back (after neutralization)", () => {
    // A literal leading "'=" is read back as "=" by design (see parseCsv), so it is left out here.
    const cell = fc.string({ maxLength: 12 }).filter((s) => !s.includes("\u0000") && s.trim() === s && !/^'[=+\-@\t\r]/.test(s));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 8 }), (rows) => {
        const csv = toCsv([["a", "b"], ...rows]);
        const parsed = parseCsv(csv);
        const nonBlank = rows.filter((r) => r.some((c) => c.trim() !== ""));
        if (!parsed.ok) {
          expect(parsed.error.kind).toBe(nonBlank.length === 0 ? "NO_DATA_ROWS" : "NOT_CSV");
          return;
        }
        expect(parsed.rows.map((r) => [r.values.a, r.values.b])).toEqual(nonBlank.map((r) => r.map((c) => c.replace(/\r\n?/g, "\n"))));
      }),
      { numRuns: 200 },
    );
  });
});

describe("large input", () => {
  it("handles a 300 KB posting and resume quickly", () => {
    const bigJd = CODER_POSTING.repeat(120);
    const bigResume = CODER_RESUME.repeat(200);
    const started = performance.now();
    const m = matchJobDescription(bigResume, bigJd);
    detectPhi(bigJd + bigResume);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(m.score).toBe(matchJobDescription(CODER_RESUME, CODER_POSTING).score);
  });
});
