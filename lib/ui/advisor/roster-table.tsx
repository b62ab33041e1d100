"use client";
// The roster table: sortable column headers are links (server-rendered, keyboard friendly).
// A client component only so its rows travel as data (see roster-view.ts); it has no state.
import Link from "next/link";
import type { RosterQuery } from "@/lib/data/programs/roster";
import type { RosterViewRow } from "@/lib/ui/advisor/roster-view";

const COLUMNS: { key: NonNullable<RosterQuery["sort"]>; label: string }[] = [
  { key: "name", label: "Learner" },
  { key: "cohort", label: "Cohort" },
  { key: "progress", label: "Plan" },
  { key: "lastActive", label: "Last active" },
  { key: "score", label: "Practice" },
  { key: "exam", label: "Exam" },
  { key: "risk", label: "Risk" },
];

export function RosterTable({ rows, query }: { rows: RosterViewRow[]; query: RosterQuery }) {
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
    <div className="relative overflow-x-auto">
      {/* Cell padding is set once on the table rather than on each of ~400 cells. */}
      <table className="w-full min-w-[56rem] text-left text-sm [&_td]:py-2 [&_td]:pr-3 [&_tbody_th]:py-2 [&_tbody_th]:pr-3">
        <caption className="sr-only">Learners in your cohorts, with progress and at-risk flags</caption>
        <thead>
          <tr className="border-b border-slate-300">
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                scope="col"
                className="py-2 pr-3"
                aria-sort={query.sort === c.key ? (query.dir === "desc" ? "descending" : "ascending") : undefined}
              >
                <Link className="underline decoration-dotted" href={href(c.key)}>
                  {c.label}
                </Link>
              </th>
            ))}
            <th scope="col">Job hunt</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-slate-100 align-top">
              <th scope="row" className="font-medium">
                <a className="text-brand-700 underline" href={`/advisor/learners/${r.id}`}>
                  {r.name}
                </a>
                <div className="text-xs font-normal text-slate-600">{r.sub}</div>
              </th>
              <td>{r.cohort}</td>
              <td>
                {r.plan}
                {r.phase ? <div className="text-xs text-slate-600">{r.phase}</div> : null}
              </td>
              <td>{r.lastActive}</td>
              <td>{r.practice}</td>
              <td>{r.exam}</td>
              <td>
                {r.flags.length === 0 ? (
                  <span className="text-slate-600">none</span>
                ) : (
                  <ul className="space-y-1 text-xs text-slate-700">
                    {r.flags.map((f) => (
                      <li key={f.kind}>
                        <span className="rounded bg-amber-100 px-1.5 py-0.5 text-sm font-semibold text-amber-900">{f.label}</span> {f.text}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                {r.jobHunt}
                {r.followUps ? <div className="text-xs text-amber-900">{r.followUps}</div> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
