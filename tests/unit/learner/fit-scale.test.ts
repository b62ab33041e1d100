import { describe, expect, it } from "vitest";
import { FIT_QUESTIONS } from "@/lib/content/fit-quiz";
import { scoreFitQuiz } from "@/lib/domain/fit-quiz";
import { balancePosition, confidenceWords, dimensionPosition, strengthWords } from "@/lib/domain/fit-scale";

describe("fit scale", () => {
  it("puts coding on the left, billing on the right and balanced in the middle", () => {
    expect(dimensionPosition({ lean: "CODING", strength: 1 })).toBe(0);
    expect(dimensionPosition({ lean: "BILLING", strength: 1 })).toBe(100);
    expect(dimensionPosition({ lean: "BILLING", strength: 0.5 })).toBe(75);
    expect(dimensionPosition({ lean: "NEUTRAL", strength: 0.1 })).toBe(50);
    expect(dimensionPosition({ lean: "CODING", strength: 3 })).toBe(0);
  });

  it("maps the overall balance (1 = coding) onto the same scale", () => {
    expect(balancePosition(1)).toBe(0);
    expect(balancePosition(-1)).toBe(100);
    expect(balancePosition(0)).toBe(50);
    expect(balancePosition(Number.NaN)).toBe(50);
  });

  it("says how strongly a dimension pulls in words", () => {
    expect(strengthWords({ lean: "CODING", strength: 0.9 })).toBe("strongly");
    expect(strengthWords({ lean: "BILLING", strength: 0.5 })).toBe("clearly");
    expect(strengthWords({ lean: "BILLING", strength: 0.2 })).toBe("slightly");
    expect(strengthWords({ lean: "NEUTRAL", strength: 0 })).toBe("about evenly");
  });

  it("phrases confidence without a percentage, differently for 'either'", () => {
    for (const label of ["high", "medium", "low"] as const) {
      expect(confidenceWords("CODING", label)).not.toMatch(/%|\d/);
      expect(confidenceWords("EITHER", label)).not.toBe(confidenceWords("BILLING", label));
    }
  });

  it("places an all-billing attempt at the billing end on every dimension", () => {
    const answers = Object.fromEntries(
      FIT_QUESTIONS.map((q) => {
        const best = [...q.options].filter((o) => o.lean === "BILLING").sort((x, y) => y.weight - x.weight)[0];
        return [q.id, String(best?.value)];
      }),
    );
    const scored = scoreFitQuiz(answers);
    if (!scored.ok) throw new Error("expected a score");
    expect(scored.value.recommendation).toBe("BILLING");
    expect(balancePosition(scored.value.balance)).toBe(100);
    for (const d of scored.value.perDimension) expect(dimensionPosition(d)).toBe(100);
  });
});
