// Scores the fit quiz: each answer leans coding or billing with a weight (lib/content/fit-quiz),
// summed per dimension and overall into a recommendation, a confidence and the reasons.
// User input is validated here and reported as errors; this never throws on it.
import { FIT_DIMENSIONS, FIT_QUESTIONS, type FitDimensionKey, type FitQuestion } from "@/lib/content/fit-quiz";
import { clamp, round, type FieldError, type FitRecommendation, type Lean, type Result } from "@/lib/domain/types";

export type ConfidenceLabel = "low" | "medium" | "high";

export interface DimensionResult {
  dimension: FitDimensionKey;
  label: string;
  lean: Lean;
  /** 0..1: how one-sided the answers in this dimension were. */
  strength: number;
  why: string;
  /** The answers that pushed this dimension its way. */
  evidence: string[];
}

export interface FitQuizResult {
  recommendation: FitRecommendation;
  confidence: number;
  confidenceLabel: ConfidenceLabel;
  /** -1 (all billing) .. 1 (all coding). */
  balance: number;
  perDimension: DimensionResult[];
  notes: string[];
}

/** Below this share of the possible lean, a dimension or the whole quiz counts as balanced. */
const BALANCED = 0.15;

export function confidenceLabel(confidence: number): ConfidenceLabel {
  return confidence >= 0.7 ? "high" : confidence >= 0.4 ? "medium" : "low";
}

/** Checks that every question is answered with one of its options and nothing else was sent. */
export function validateFitAnswers(answers: unknown): Result<Map<string, number>> {
  if (typeof answers !== "object" || answers === null || Array.isArray(answers)) {
    return { ok: false, errors: [{ field: "answers", message: "Answers are missing." }] };
  }
  const errors: FieldError[] = [];
  const known = new Map(FIT_QUESTIONS.map((q) => [q.id, q]));
  const values = new Map<string, number>();
  for (const key of Object.keys(answers)) {
    if (!known.has(key)) errors.push({ field: key, message: "This is not a question of the quiz." });
  }
  for (const q of FIT_QUESTIONS) {
    const raw: unknown = Object.hasOwn(answers, q.id) ? (answers as Record<string, unknown>)[q.id] : undefined;
    const value = typeof raw === "string" && raw.trim() !== "" ? Number(raw) : raw;
    if (value === undefined || value === null || value === "") {
      errors.push({ field: q.id, message: "Please answer this question." });
    } else if (typeof value !== "number" || !q.options.some((o) => o.value === value)) {
      errors.push({ field: q.id, message: "Choose one of the offered answers." });
    } else {
      values.set(q.id, value);
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: values };
}

interface Tally {
  /** Coding weight minus billing weight. */
  net: number;
  /** The most each side could have scored: the net is measured against its own side's maximum. */
  maxCoding: number;
  maxBilling: number;
}

function maxWeight(q: FitQuestion, lean: Lean): number {
  return Math.max(0, ...q.options.filter((o) => o.lean === lean).map((o) => o.weight));
}

function signed(q: FitQuestion, value: number): Tally & { lean: Lean } {
  const option = q.options.find((o) => o.value === value);
  const base = { maxCoding: maxWeight(q, "CODING"), maxBilling: maxWeight(q, "BILLING") };
  if (!option || option.lean === "NEUTRAL") return { ...base, net: 0, lean: "NEUTRAL" };
  return { ...base, net: option.lean === "CODING" ? option.weight : -option.weight, lean: option.lean };
}

/** -1..1: the net as a share of the most that side could have scored. */
function share(t: Tally): number {
  const max = t.net >= 0 ? t.maxCoding : t.maxBilling;
  return max === 0 ? 0 : t.net / max;
}

function leanOf(share: number): Lean {
  return share >= BALANCED ? "CODING" : share <= -BALANCED ? "BILLING" : "NEUTRAL";
}

export function scoreFitQuiz(answers: unknown): Result<FitQuizResult> {
  const valid = validateFitAnswers(answers);
  if (!valid.ok) return valid;

  const total: Tally = { net: 0, maxCoding: 0, maxBilling: 0 };
  const perDimension: DimensionResult[] = FIT_DIMENSIONS.map((dim) => {
    const tally: Tally = { net: 0, maxCoding: 0, maxBilling: 0 };
    const answered: { lean: Lean; text: string }[] = [];
    for (const q of FIT_QUESTIONS.filter((x) => x.dimension === dim.key)) {
      const s = signed(q, valid.value.get(q.id) ?? 0);
      for (const t of [tally, total]) {
        t.net += s.net;
        t.maxCoding += s.maxCoding;
        t.maxBilling += s.maxBilling;
      }
      answered.push({ lean: s.lean, text: q.explanation[s.lean] });
    }
    const dimShare = share(tally);
    const lean = leanOf(dimShare);
    const evidence = answered.filter((a) => a.lean === lean && lean !== "NEUTRAL").map((a) => a.text);
    return {
      dimension: dim.key,
      label: dim.label,
      lean,
      strength: round(Math.abs(dimShare), 2),
      why: dim.why[lean],
      evidence: [...new Set(evidence)],
    };
  });

  const balance = share(total);
  const recommendation: FitRecommendation = leanOf(balance) === "NEUTRAL" ? "EITHER" : (leanOf(balance) as FitRecommendation);
  const coding = perDimension.filter((d) => d.lean === "CODING").length;
  const billing = perDimension.filter((d) => d.lean === "BILLING").length;

  let confidence: number;
  if (recommendation === "EITHER") {
    // Confident "either" = answers sit near the middle and dimensions do not pull hard apart.
    const centred = 1 - Math.abs(balance) / BALANCED;
    const evenness = 1 - Math.abs(coding - billing) / perDimension.length;
    confidence = 0.5 * centred + 0.5 * evenness;
  } else {
    const agreeing = recommendation === "CODING" ? coding : billing;
    confidence = 0.5 * clamp(Math.abs(balance) / 0.5, 0, 1) + 0.5 * (agreeing / perDimension.length);
  }
  confidence = round(clamp(confidence, 0, 1), 2);

  return {
    ok: true,
    value: {
      recommendation,
      confidence,
      confidenceLabel: confidenceLabel(confidence),
      balance: round(balance, 3),
      perDimension,
      notes: notesFor(recommendation, perDimension),
    },
  };
}

function notesFor(rec: FitRecommendation, dims: DimensionResult[]): string[] {
  const notes: string[] = [];
  const timeline = dims.find((d) => d.dimension === "TIMELINE");
  if (rec === "CODING" && timeline?.lean === "BILLING") {
    notes.push(
      "You want to start soon, but coding jobs almost always need a credential first; a billing or front-office role can be a way in while you certify.",
    );
  }
  if (rec === "BILLING" && timeline?.lean === "BILLING") {
    notes.push("Billing roles are sometimes reachable before certification; a CPB credential still strengthens your applications.");
  }
  const communication = dims.find((d) => d.dimension === "COMMUNICATION");
  if (rec === "BILLING" && communication?.lean === "CODING") {
    notes.push("Billing involves daily calls with payers and patients; try a few informational interviews before committing.");
  }
  if (rec === "EITHER") {
    notes.push("Your answers fit both paths. Many people start in billing or front office and move into coding after certifying.");
  }
  return notes;
}
