// The path's keyword checklist, grouped, with coverage per group. Items the matcher cannot see
// in the resume can be ticked by hand (ChecklistMark list "resume-keywords").
import type { ChecklistItem, KeywordChecklist } from "@/lib/domain/keyword-match";
import { ChecklistToggle } from "./checklist-toggle";

export function KeywordChecklistView({ checklist }: { checklist: KeywordChecklist }) {
  return (
    <div className="space-y-5">
      <p className="text-slate-800">
        <strong>{checklist.coverage}%</strong> overall coverage ({checklist.present} of {checklist.total} counted items).
      </p>
      {checklist.groups.map((g) => (
        <section key={g.id} aria-labelledby={`kw-${g.id}`}>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 id={`kw-${g.id}`} className="font-semibold text-slate-900">
              {g.label}
            </h3>
            <p className="text-sm text-slate-700">
              {g.present} of {g.total} present · coverage {g.coverage}%{g.coverageRule === "any" ? " (one is enough)" : ""}
            </p>
          </div>
          <div className="mt-1 h-2 w-full rounded bg-slate-200" aria-hidden="true">
            <div className="h-2 rounded bg-brand-700" style={{ width: `${g.coverage}%` }} />
          </div>
          <ul className="mt-2 grid gap-1 sm:grid-cols-2">
            {g.items.map((item) => (
              <li key={item.id} className="flex items-center justify-between gap-2 rounded border border-slate-100 px-2 py-1">
                <span className={item.present ? "text-slate-900" : "text-slate-600"}>
                  <span aria-hidden="true">{item.present ? "✓ " : item.inProgress ? "◐ " : "○ "}</span>
                  {item.label}
                  <span className="sr-only">{statusText(item)}</span>
                  {item.manual && <span className="ml-1 text-xs text-slate-600">(ticked)</span>}
                  {!item.present && item.inProgress && <span className="ml-1 text-xs text-slate-700">(in progress)</span>}
                  {item.present && !item.manual && item.via && <span className="ml-1 text-xs text-slate-600">(via {item.via})</span>}
                </span>
                {(item.manual || !item.present) && (
                  <ChecklistToggle
                    list="resume-keywords"
                    itemKey={item.id}
                    label={item.label}
                    checked={item.manual}
                    onText="Ticked"
                    offText="Tick"
                  />
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function statusText(item: ChecklistItem): string {
  if (item.present) return item.manual ? " — ticked by you" : " — on your resume";
  return item.inProgress ? " — in progress, not yet held" : " — missing";
}
