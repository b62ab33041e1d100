import { describe, expect, it } from "vitest";
import { FIT_DIMENSIONS, FIT_QUESTIONS } from "@/lib/content/fit-quiz";
import { confidenceLabel, scoreFitQuiz, validateFitAnswers } from "@/lib/domain/fit-quiz";

/** Answers every question with the option leaning `lean` as strongly as possible. */
function all(lean: "CODING" | "BILLING" | "NEUTRAL"): Record<string, number> {
  return Object.fromEntries(
    FIT_QUESTIONS.map((q) => {
      const options = q.options.filter((o) => o.lean === lean).sort((a, b) => b.weight - a.weight);
      return [q.id, (options[0] ?? q.options[2])!.value];
    }),
  );
}

describe("fit quiz content", () => {
  it("has the guide's 6 checklist questions and one scale per each of the 5 dimensions", () => {
    expect(FIT_QUESTIONS.filter((q) => q.kind === "CHECKLIST")).toHaveLength(6);
    expect(FIT_DIMENSIONS.map((d) => d.key)).toEqual(["INTEREST", "WORK_STYLE", "COMMUNICATION", "SPECIALIZATION", "TIMELINE"]);
    for (const d of FIT_DIMENSIONS) expect(FIT_QUESTIONS.some((q) => q.kind === "SCALE" && q.dimension === d.key)).toBe(true);
    expect(new Set(FIT_QUESTIONS.map((q) => q.id)).size).toBe(FIT_QUESTIONS.length);
  });
  it("lets every question lean both ways, with a neutral middle", () => {
    for (const q of FIT_QUESTIONS) {
      expect(
        q.options.some((o) => o.lean === "CODING" && o.weight > 0),
        q.id,
      ).toBe(true);
      expect(
        q.options.some((o) => o.lean === "BILLING" && o.weight > 0),
        q.id,
      ).toBe(true);
      expect(
        q.options.some((o) => o.lean === "NEUTRAL" && o.weight === 0),
        q.id,
      ).toBe(true);
    }
  });
});

describe("scoreFitQuiz", () => {
  it("recommends coding with high confidence when every answer leans coding", () => {
    const r = scoreFitQuiz(all("CODING"));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.recommendation).toBe("CODING");
    expect(r.value.confidence).toBe(1);
    expect(r.value.confidenceLabel).toBe("high");
    expect(r.value.perDimension.every((d) => d.lean === "CODING" && d.strength === 1)).toBe(true);
    expect(r.value.balance).toBe(1);
  });

  it("recommends billing and explains the certification point on the timeline dimension", () => {
    const r = scoreFitQuiz(all("BILLING"));
    if (!r.ok) throw new Error("expected ok");
    expect(r.value.recommendation).toBe("BILLING");
    const timeline = r.value.perDimension.find((d) => d.dimension === "TIMELINE");
    expect(timeline?.lean).toBe("BILLING");
    expect(timeline?.why).toMatch(/billing roles .* sometimes reachable before certification/i);
    expect(timeline?.why).toMatch(/coding .* almost always/i);
    expect(timeline?.evidence.length).toBeGreaterThan(0);
    expect(r.value.notes.join(" ")).toMatch(/before certification/);
  });

  it("recommends either when all answers are neutral", () => {
    const r = scoreFitQuiz(all("NEUTRAL"));
    if (!r.ok) throw new Error("expected ok");
    expect(r.value.recommendation).toBe("EITHER");
    expect(r.value.confidence).toBe(1);
    expect(r.value.perDimension.every((d) => d.lean === "NEUTRAL" && d.strength === 0)).toBe(true);
    expect(r.value.perDimension.every((d) => d.why.length > 0 && d.evidence.length === 0)).toBe(true);
  });

  it("gives lower confidence to a narrow, mixed result", () => {
    const answers = { ...all("CODING"), "scale-timeline": 5, "checklist-start-soon": 5, "scale-communication": 5, "checklist-phone": 5 };
    const r = scoreFitQuiz(answers);
    if (!r.ok) throw new Error("expected ok");
    expect(r.value.recommendation).toBe("CODING");
    expect(r.value.confidence).toBeLessThan(1);
    expect(r.value.perDimension.find((d) => d.dimension === "TIMELINE")?.lean).toBe("BILLING");
    // The coder who needs a job fast is told coding almost always needs certification first.
    expect(r.value.notes.join(" ")).toMatch(/coding jobs almost always need a credential/);
  });

  it("accepts numeric strings from form posts", () => {
    const answers = Object.fromEntries(Object.entries(all("CODING")).map(([k, v]) => [k, String(v)]));
    expect(scoreFitQuiz(answers).ok).toBe(true);
  });

  it("labels confidence", () => {
    expect([0, 0.39, 0.4, 0.69, 0.7, 1].map(confidenceLabel)).toEqual(["low", "low", "medium", "medium", "high", "high"]);
  });
});

describe("fit quiz validation (never throws on user input)", () => {
  it("reports every missing answer", () => {
    const r = scoreFitQuiz({});
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(FIT_QUESTIONS.length);
    expect(r.errors[0]?.message).toMatch(/answer/i);
  });
  it("rejects unknown question ids, including prototype keys", () => {
    const r = validateFitAnswers({ ...all("CODING"), "not-a-question": 3, ...JSON.parse('{"__proto__": 1}') });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.field)).toContain("not-a-question");
  });
  it("rejects out-of-range and wrongly typed values", () => {
    for (const bad of [0, 6, 2.5, NaN, "x", true, {}, []]) {
      const r = scoreFitQuiz({ ...all("CODING"), "scale-interest": bad });
      expect(r.ok, String(bad)).toBe(false);
      if (!r.ok) expect(r.errors).toEqual([{ field: "scale-interest", message: "Choose one of the offered answers." }]);
    }
  });
  it("rejects non-object input", () => {
    for (const bad of [null, undefined, 42, "answers", [1, 2, 3]]) {
      const r = scoreFitQuiz(bad);
      expect(r.ok).toBe(false);
    }
  });
});
