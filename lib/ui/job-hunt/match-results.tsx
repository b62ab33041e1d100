// The match of a posting against the resume: score with its formula, requested terms
// (has / lacks, required or not), suggestions, and both texts with the terms highlighted.
import type { MatchView } from "@/lib/data/job-hunt/match";
import { HighlightedText } from "./highlighted-text";

export function MatchResults({ match }: { match: MatchView }) {
  const has = match.requested.filter((r) => r.inResume);
  const lacks = match.requested.filter((r) => !r.inResume);
  return (
    <div className="space-y-5">
      <div>
        <p className="text-3xl font-bold text-slate-900" aria-label={`Match score ${match.score} out of 100`}>
          {match.score}
          <span className="text-lg font-normal text-slate-600"> / 100</span>
        </p>
        <h3 className="mt-2 font-semibold">How the score is calculated</h3>
        <ul className="list-disc pl-5 text-sm text-slate-700">
          {match.formula.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      </div>
      {!match.hasResume && (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          You have not saved a resume yet, so nothing counts as present. Save it on the Resume page first.
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TermList title={`Your resume has (${has.length})`} items={has} />
        <TermList title={`Your resume lacks (${lacks.length})`} items={lacks} />
      </div>
      {match.suggestions.length > 0 && (
        <div>
          <h3 className="font-semibold">Suggestions</h3>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {match.suggestions.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="grid gap-4 lg:grid-cols-2">
        <div>
          <h3 className="mb-1 font-semibold">Job description</h3>
          <HighlightedText segments={match.jdSegments} label="Job description with matched terms highlighted" />
        </div>
        <div>
          <h3 className="mb-1 font-semibold">Your resume</h3>
          <HighlightedText segments={match.resumeSegments} label="Resume with matched terms highlighted" />
        </div>
      </div>
    </div>
  );
}

function TermList({ title, items }: { title: string; items: MatchView["requested"] }) {
  return (
    <div>
      <h3 className="font-semibold">{title}</h3>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">None.</p>
      ) : (
        <ul className="mt-1 space-y-1 text-sm">
          {items.map((r) => (
            <li key={r.id}>
              {r.label}
              {r.required && <span className="ml-1 rounded bg-slate-800 px-1 text-xs text-white">required</span>}
              {r.satisfiedBy && <span className="ml-1 text-slate-600">(covered by {r.satisfiedBy})</span>}
              {r.inProgress && <span className="ml-1 text-slate-700">(in progress on your resume)</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
