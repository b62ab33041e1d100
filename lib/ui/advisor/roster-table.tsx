// The roster table: sortable column headers are links (server-rendered, keyboard friendly).
import Link from "next/link";
import type { RosterQuery, RosterRow } from "@/lib/data/programs/roster";
import { formatDate } from "@/lib/ui/format";

const COLUMNS: { key: NonNullable<RosterQuery["sort"]>; label: string }[] = [
  { key: "name", label: "Learner" }, { key: "cohort", label: "Cohort" }, { key: "progress", label: "Plan" },
  { key: "lastActive", label: "Last active" }, { key: "score", label: "Practice" }, { key: "exam", label: "Exam" }, { key: "flags", label: "Flags" },
];

function trend(r: RosterRow): string {
  if (r.latestScore == null) return "no practice yet";
  if (r.previousScore == null) return `${r.latestScore}%`;
  const d = r.latestScore - r.previousScore;
  return `${r.latestScore}% (${d > 0 ? "up" : d < 0 ? "down" : "flat"} ${Math.abs(d)})`;
}

export function RosterTable({ rows, query }: { rows: RosterRow[]; query: RosterQuery }) {
  const href = (sort: string) => {
    const p = new URLSearchParams();
    if (query.cohortId) p.set("cohort", query.cohortId);
    if (query.flag) p.set("flag", query.flag);
    if (query.q) p.set("q", query.q);
    p.set("sort", sort);
    p.set("dir", query.sort === sort && query.dir !== "desc" ? "desc" : "asc");
    return `/advisor?${p}`;
  };
  return (
    <div className="overflow-x-auto">
      {/* Cell padding is set once on the table: a 50-row page is ~400 cells, and per-cell
          classes were a fifth of the page's bytes (sent twice: HTML and RSC payload). */}
      <table className="w-full min-w-[56rem] text-left text-sm [&_td]:py-2 [&_td]:pr-3 [&_tbody_th]:py-2 [&_tbody_th]:pr-3">
        <caption className="sr-only">Learners in your cohorts, with progress and at-risk flags</caption>
        <thead>
          <tr className="border-b border-slate-300">
            {COLUMNS.map((c) => (
              <th key={c.key} scope="col" className="py-2 pr-3" aria-sort={query.sort === c.key ? (query.dir === "desc" ? "descending" : "ascending") : undefined}>
                <Link className="underline decoration-dotted" href={href(c.key)}>{c.label}</Link>
              </th>
            ))}
            <th scope="col">Job hunt</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-slate-100 align-top">
              <th scope="row" className="font-medium"><a className="text-brand-700 underline" href={`/advisor/learners/${r.id}`}>{r.name}</a><div className="text-xs font-normal text-slate-600">{r.path ?? "path not chosen"}{r.credentialCode ? ` · ${r.credentialCode}` : ""}</div></th>
              <td>{r.cohortName}</td>
              <td>{r.milestonesTotal ? `${r.milestonesDone}/${r.milestonesTotal} done` : "no plan"}{r.currentPhase ? <div className="text-xs text-slate-600">{r.currentPhase.replace("_", " ").toLowerCase()}</div> : null}</td>
              <td>{r.lastActiveOn ? formatDate(r.lastActiveOn) : "never"}</td>
              <td>{trend(r)}</td>
              <td>{r.passed ? "passed" : r.examDate ? formatDate(r.examDate) : "not scheduled"}</td>
              <td>
                {r.flags.length === 0 ? <span className="text-slate-600">none</span> : (
                  <ul className="space-y-1 text-xs text-slate-700">
                    {r.flags.map((f) => <li key={f.kind}><span className="rounded bg-amber-100 px-1.5 py-0.5 text-sm font-semibold text-amber-900">{f.label}</span> {f.reason} Since {formatDate(f.since)}.</li>)}
                  </ul>
                )}
              </td>
              <td>{r.applications} application{r.applications === 1 ? "" : "s"}{r.overdueFollowUps ? <div className="text-xs text-amber-900">{r.overdueFollowUps} follow-up(s) overdue</div> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
