// Text with matched vocabulary terms wrapped in <mark> (segments from highlightSpans).
import type { TextSegment } from "@/lib/domain/keyword-match";

export function HighlightedText({ segments, label }: { segments: readonly TextSegment[]; label: string }) {
  return (
    <div
      aria-label={label}
      role="region"
      tabIndex={0}
      className="max-h-96 overflow-auto whitespace-pre-wrap rounded-md border border-slate-200 bg-slate-50 p-3 text-sm leading-relaxed"
    >
      {segments.map((s, i) =>
        s.keywordId ? (
          <mark key={i} className="rounded bg-yellow-200 px-0.5 text-slate-900">
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </div>
  );
}
