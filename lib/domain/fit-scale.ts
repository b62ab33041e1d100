// Where a fit-quiz result sits on a coding ↔ billing scale, and how sure it is, in words.
// Reads the scored result (lib/domain/fit-quiz.ts) and never re-scores it.
import type { ConfidenceLabel, DimensionResult } from "@/lib/domain/fit-quiz";
import type { FitRecommendation } from "@/lib/domain/types";

/** 0 = the coding end, 50 = the middle, 100 = the billing end. */
export function dimensionPosition(d: Pick<DimensionResult, "lean" | "strength">): number {
  const strength = Math.min(1, Math.max(0, d.strength));
  if (d.lean === "CODING") return Math.round(50 - strength * 50);
  if (d.lean === "BILLING") return Math.round(50 + strength * 50);
  return 50;
}

/** The overall balance runs from -1 (all billing) to 1 (all coding); the scale puts coding on the left. */
export function balancePosition(balance: number): number {
  const b = Math.min(1, Math.max(-1, Number.isFinite(balance) ? balance : 0));
  return Math.round(50 - b * 50);
}

/** "strongly", "clearly", "slightly" or "about evenly" for a dimension's pull. */
export function strengthWords(d: Pick<DimensionResult, "lean" | "strength">): string {
  if (d.lean === "NEUTRAL") return "about evenly";
  if (d.strength >= 0.7) return "strongly";
  if (d.strength >= 0.4) return "clearly";
  return "slightly";
}

const SURE: Record<"ONE_PATH" | "EITHER", Record<ConfidenceLabel, string>> = {
  ONE_PATH: {
    high: "Your answers point clearly this way.",
    medium: "Your answers lean this way, though not strongly.",
    low: "Your answers are mixed; treat this as a starting point and try both paths out.",
  },
  EITHER: {
    high: "Your answers sit clearly in the middle: both paths fit you.",
    medium: "Your answers sit near the middle, with some pull one way.",
    low: "Your answers pull in different directions; talking to people in both jobs will help you decide.",
  },
};

export function confidenceWords(recommendation: FitRecommendation, label: ConfidenceLabel): string {
  return SURE[recommendation === "EITHER" ? "EITHER" : "ONE_PATH"][label];
}
