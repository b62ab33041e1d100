// LinkedIn headline and skills suggestions from the same vocabulary as the checklist.
import type { LinkedInSuggestions } from "@/lib/domain/linkedin";

export function LinkedInSuggestionsView({ suggestions }: { suggestions: LinkedInSuggestions }) {
  return (
    <div className="space-y-3">
      <h3 className="font-semibold">Headline ideas</h3>
      <ul className="list-disc space-y-1 pl-5">
        {suggestions.headlines.map((h) => (
          <li key={h}>{h}</li>
        ))}
      </ul>
      <h3 className="font-semibold">Skills to list</h3>
      <ul className="flex flex-wrap gap-2">
        {suggestions.skills.map((s) => (
          <li
            key={s.id}
            className={`rounded-full border px-2 py-0.5 text-sm ${s.inResume ? "border-green-700 text-green-900" : "border-dashed border-slate-400 text-slate-700"}`}
          >
            {s.label}
            {s.inResume ? "" : " (add once true)"}
          </li>
        ))}
      </ul>
      {suggestions.notes.length > 0 && (
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
          {suggestions.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
