// Adversarial inputs of the maximum allowed length for each text path, shared by the unit
// tests (which check results) and the benchmark (which times them). Each targets a pattern
// that backtracked or a loop that was quadratic before the input budget work.
import { JD_MAX_CHARS, RESUME_MAX_CHARS } from "@/lib/domain/job-hunt-limits";

/** `unit` repeated to exactly `length` characters, then `tail`. */
export const fill = (unit: string, length: number, tail = "") =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length - tail.length) + tail;

const N = RESUME_MAX_CHARS;
const half = (unit: string) => fill(unit, N / 2);
type Case = { text: string; expected: { count: number; kinds: string[] } };
const none = { count: 0, kinds: [] };

export const PHI_WORST_CASES: Record<string, Case> = {
  "e-mail: a.a.a…@a-a-a… (issue 12)": { text: half("a.") + "@" + fill("a-", N / 2 - 1), expected: none },
  "e-mail: 7,000 real addresses": { text: fill("a@b.co ", N), expected: { count: Math.ceil(N / 7), kinds: ["EMAIL"] } },
  "SSN label, spaces, then a number": { text: "SSN" + fill(" ", N - 14, "123-45-6789"), expected: { count: 1, kinds: ["SSN"] } },
  "MRN label followed only by spaces": { text: "MRN" + fill(" ", N - 4, "x"), expected: none },
  "MRN labels each followed by spaces": { text: fill("MRN number #" + " ".repeat(40), N), expected: none },
  "DOB label followed only by spaces": { text: "DOB" + fill(" ", N - 4, "x"), expected: none },
  "patient cue and one endless name": { text: "Patient A" + fill("a", N - 9), expected: none },
  "patient cues and names without dates": {
    text: fill("Pt: Ann Lee Moe x ", N),
    expected: { count: Math.floor(N / 18) + 1, kinds: ["PATIENT_NAME"] },
  },
  "phone: an open parenthesis and spaces": { text: "(" + fill(" ", N - 1), expected: none },
  "digits and separators everywhere": { text: fill("212-555-", N), expected: none },
};

export const JD_WORST_CASES: Record<string, string> = {
  "one sentence of cues and keywords": fill("CPC required, Epic or Cerner preferred ", JD_MAX_CHARS),
  "a line of dots": "x" + fill(".", JD_MAX_CHARS - 2, "x"),
  "a line of trailing-bullet stars": "x" + fill("*", JD_MAX_CHARS - 2, "x"),
  "keywords joined by or": fill("Epic or Cerner or ", JD_MAX_CHARS),
};

export const RESUME_WORST_CASE = fill("CPC CCS ICD-10-CM Epic, ", RESUME_MAX_CHARS);
