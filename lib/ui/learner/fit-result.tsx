// Shows one fit-quiz result: recommendation, confidence, each dimension's lean and why, notes.
import type { FitAttemptView } from "@/lib/data/learner/fit-quiz";
import { LEAN_LABELS, RECOMMENDATION_LABELS } from "./labels";

export function FitResult({ attempt }: { attempt: FitAttemptView }) {
  const r = attempt.result;
  return (
    <div className="space-y-4">
      <p className="text-xl font-semibold text-slate-900">Recommendation: {RECOMMENDATION_LABELS[r.recommendation]}</p>
      <p className="text-slate-700">
        Confidence: <strong>{r.confidenceLabel}</strong> ({Math.round(r.confidence * 100)}%)
      </p>
      <ul className="space-y-3">
        {r.perDimension.map((d) => (
          <li key={d.dimension} className="rounded-md border border-slate-200 p-3">
            <p className="font-medium">
              {d.label}: {LEAN_LABELS[d.lean]}
            </p>
            <p className="text-sm text-slate-700">{d.why}</p>
            {d.evidence.length > 0 && (
              <ul className="mt-1 list-disc pl-5 text-sm text-slate-600">
                {d.evidence.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {r.notes.length > 0 && (
        <ul className="list-disc space-y-1 pl-5 text-slate-800">
          {r.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
