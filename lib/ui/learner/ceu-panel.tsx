// CEU tracker per certifying body: requirement, cycle end, progress and a warning when behind.
import type { CeuBodySummary } from "@/lib/domain/credential-status";
import { formatDate } from "@/lib/ui/format";

export function CeuPanel({ summaries }: { summaries: CeuBodySummary[] }) {
  return (
    <ul className="space-y-3">
      {summaries.map((s) => (
        <li
          key={s.body}
          className={`rounded-md border p-3 ${s.progress.behind ? "border-l-4 border-amber-600 bg-amber-50" : "border-slate-200"}`}
        >
          <p className="font-semibold">
            {s.body} ({s.credentials.join(", ")}): {s.progress.earned} of {s.progress.required} CEUs
          </p>
          <p className="text-sm text-slate-700">
            Cycle {formatDate(s.cycleStart)} – {formatDate(s.cycleEnd)} · {s.explanation}
          </p>
          <progress
            className="mt-1 h-2 w-full"
            max={s.progress.required}
            value={Math.min(s.progress.earned, s.progress.required)}
            aria-label={`${s.body} CEUs earned`}
          />
          <p className="mt-1 text-sm">
            {s.progress.behind && <strong className="mr-1">Warning:</strong>}
            {s.progress.message}
          </p>
        </li>
      ))}
    </ul>
  );
}
