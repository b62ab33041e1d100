// Each PHI rule on adversarial input of the largest text it is ever given (a resume,
// RESUME_MAX_CHARS): results must be right. How long it takes is measured by the benchmark
// (tests/bench/input-budgets.bench.test.ts); the patterns are written so it stays linear.
import { describe, expect, it } from "vitest";
import { detectPhi } from "@/lib/domain/phi-guard";
import { RESUME_MAX_CHARS } from "@/lib/domain/job-hunt-limits";
import { PHI_WORST_CASES } from "../../support/worst-case-inputs";

describe("detectPhi at the maximum length", () => {
  it.each(Object.entries(PHI_WORST_CASES))("%s", (_name, { text, expected }) => {
    expect(text.length).toBeLessThanOrEqual(RESUME_MAX_CHARS);
    expect(text.length).toBeGreaterThan(RESUME_MAX_CHARS * 0.95);
    const findings = detectPhi(text);
    expect({ count: findings.length, kinds: [...new Set(findings.map((f) => f.kind))] }).toEqual(expected);
  });
});
