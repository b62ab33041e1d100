// The e-mail scanner gives exactly the matches of the regex it replaced (kept here as the
// oracle, on inputs short enough for its backtracking not to matter).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emailMatches } from "@/lib/domain/email-scan";

const ORACLE = /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/g;
const viaRegex = (text: string) => [...text.matchAll(ORACLE)].map((m) => [m.index, m[0]]);
const viaScan = (text: string) => [...emailMatches(text)].map((m) => [m.index, m[0]]);

describe("emailMatches", () => {
  it("finds what the regex finds in ordinary text", () => {
    for (const text of [
      "Write to jo.doe+jobs@mail.example.com today",
      "a@b.co, c@d.org",
      ".x@y.io",
      "x@y.c1",
      "a@b.co.x@c.com",
      "a@b.c",
      "_a@b.com_",
      "é@b.com",
    ]) {
      expect(viaScan(text)).toEqual(viaRegex(text));
    }
  });

  it("agrees with the regex on 5,000 random strings over the characters that matter", () => {
    const chars = fc.constantFrom("a", "Z", "1", ".", "-", "_", "%", "+", "@", " ", "é", ",");
    fc.assert(
      fc.property(fc.string({ unit: chars, maxLength: 24 }), (text) => {
        expect(viaScan(text)).toEqual(viaRegex(text));
      }),
      { numRuns: 5_000, seed: 12 },
    );
  });
});
