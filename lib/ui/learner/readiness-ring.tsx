// Readiness as a ring with its breakdown: the total out of 100 drawn as an arc, and each part as
// a bar with "N of M points" written beside it, so the number is read, not guessed from colour.
// Server-renderable SVG (no chart library); the explanations sit in a disclosure so the card
// stays short.
import type { ReadinessScore } from "@/lib/domain/readiness-score";

const R = 42;
const CIRCUMFERENCE = 2 * Math.PI * R;

export function ReadinessRing({ readiness }: { readiness: ReadinessScore }) {
  const share = Math.max(0, Math.min(100, readiness.total)) / 100;
  return (
    <div>
      <div className="flex items-center gap-4">
        <svg viewBox="0 0 100 100" className="size-28 shrink-0" role="img" aria-label={`Readiness ${readiness.total} out of 100`}>
          <circle cx="50" cy="50" r={R} fill="none" stroke="#e2e8f0" strokeWidth="10" />
          <circle
            cx="50"
            cy="50"
            r={R}
            fill="none"
            stroke="#0f766e"
            strokeWidth="10"
            strokeLinecap="round"
            strokeDasharray={`${(share * CIRCUMFERENCE).toFixed(1)} ${CIRCUMFERENCE.toFixed(1)}`}
            transform="rotate(-90 50 50)"
          />
          <text x="50" y="49" textAnchor="middle" fontSize="24" fontWeight="700" fill="#115e59">
            {readiness.total}
          </text>
          <text x="50" y="66" textAnchor="middle" fontSize="11" fill="#475569">
            of 100
          </text>
        </svg>
        <ul className="min-w-0 flex-1 space-y-2 text-sm">
          {readiness.parts.map((p) => (
            <li key={p.key}>
              <div className="flex justify-between gap-2">
                <span className="font-medium">{p.label}</span>
                {/* "points", so a part never reads like a milestone count ("24 of 30" beside "12 of 21 done"). */}
                <span className="shrink-0 text-slate-700">
                  {p.points} of {p.max} points
                </span>
              </div>
              <div aria-hidden="true" className="mt-1 h-1.5 rounded-full bg-slate-200">
                <div className="h-full rounded-full bg-brand-600" style={{ width: `${p.max ? (100 * p.points) / p.max : 0}%` }} />
              </div>
            </li>
          ))}
        </ul>
      </div>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium text-brand-700">How this is worked out</summary>
        <ul className="mt-2 space-y-2 text-slate-700">
          {readiness.parts.map((p) => (
            <li key={p.key}>
              <span className="font-medium">{p.label}:</span> {p.explanation}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
