// Shows one fit-quiz result: the recommendation with how clear it is in words, the overall
// coding ↔ billing scale, then each dimension on its own scale with the reasons.
import type { FitAttemptView } from "@/lib/data/learner/fit-quiz";
import { balancePosition, confidenceWords, dimensionPosition, strengthWords } from "@/lib/domain/fit-scale";
import { FitScale } from "./fit-scale";
import { LEAN_LABELS, RECOMMENDATION_LABELS } from "./labels";

const HEADLINE: Record<string, string> = {
  CODING: "Medical coding suits you best",
  BILLING: "Medical billing suits you best",
  EITHER: "Either path could suit you",
};

export function FitResult({ attempt }: { attempt: FitAttemptView }) {
  const r = attempt.result;
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm font-medium uppercase tracking-wide text-brand-700">
          Recommendation: {RECOMMENDATION_LABELS[r.recommendation]}
        </p>
        <h2 className="mt-1 text-2xl font-bold text-slate-900">{HEADLINE[r.recommendation]}</h2>
        <p className="mt-1 text-slate-700">{confidenceWords(r.recommendation, r.confidenceLabel)}</p>
        <div className="mt-4">
          <FitScale
            size="lg"
            position={balancePosition(r.balance)}
            label={`Overall: ${RECOMMENDATION_LABELS[r.recommendation]}, on a scale from coding to billing`}
          />
        </div>
      </div>
      {r.notes.length > 0 && (
        <ul className="space-y-2 rounded-lg bg-brand-50 p-4 text-slate-800">
          {r.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <div>
        <h3 className="text-lg font-semibold text-slate-900">How each part of your answers leans</h3>
        <ul className="mt-3 space-y-4">
          {r.perDimension.map((d) => {
            // An answer's reason can repeat the dimension's own explanation word for word.
            const evidence = d.evidence.filter((e) => !d.why.includes(e));
            const lean = d.lean === "NEUTRAL" ? "Balanced" : `${LEAN_LABELS[d.lean]}, ${strengthWords(d)}`;
            return (
              <li key={d.dimension} className="rounded-lg border border-slate-200 p-4">
                <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                  <h4 className="font-semibold text-slate-900">{d.label}</h4>
                  <p className="text-sm font-medium text-slate-800">{lean.charAt(0).toUpperCase() + lean.slice(1)}</p>
                </div>
                <div className="mt-3">
                  <FitScale position={dimensionPosition(d)} label={`${d.label}: ${lean}`} />
                </div>
                <p className="mt-3 text-sm text-slate-700">{d.why}</p>
                {evidence.length > 0 && (
                  <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-600">
                    {evidence.map((e) => (
                      <li key={e}>{e}</li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
