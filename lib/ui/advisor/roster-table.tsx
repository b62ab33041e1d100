"use client";
// The roster table: sortable column headers are links (server-rendered, keyboard friendly).
// A client component only so its rows travel as data (see roster-view.ts); it has no state.
import Link from "next/link";
import type { RosterQuery } from "@/lib/data/programs/roster";
import type { RosterViewRow } from "@/lib/ui/advisor/roster-view";
import { TierPill } from "@/lib/ui/advisor/tier-pill";

const COLUMNS: { key: NonNullable<RosterQuery["sort"]>; label: string }[] = [
  { key: "name", label: "Learner" },
  { key: "risk", label: "Risk" },
  { key: "contacted", label: "Last contacted" },
  { key: "progress", label: "Plan" },
  { key: "lastActive", label: "Last active" },
  { key: "score", label: "Practice" },
  { key: "exam", label: "Exam" },
];

// Risk's natural order is most urgent first; the others start A→Z, oldest or lowest first.
const naturalDir = (key: string) => (key === "risk" ? "desc" : "asc");

export function RosterTable({ rows, query }: { rows: RosterViewRow[]; query: RosterQuery }) {
  const sortedBy = query.sort ?? "risk";
  const effectiveDir = query.dir ?? naturalDir(sortedBy);
  const href = (sort: string) => {
    const p = new URLSearchParams();
    if (query.cohortId) p.set("cohort", query.cohortId);
    if (query.flag) p.set("flag", query.flag);
    if (query.tier) p.set("tier", query.tier);
    if (query.outreach) p.set("outreach", "1");
    if (query.q) p.set("q", query.q);
    p.set("sort", sort);
    // Clicking the sorted column reverses it; another column starts in its natural order.
    p.set("dir", sortedBy === sort ? (effectiveDir === "asc" ? "desc" : "asc") : naturalDir(sort));
    return `/advisor?${p}`;
  };
  return (
    <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-label="Learners table (scrolls sideways)">
      {/* Cell padding is set once on the table rather than on each of ~400 cells. */}
      <table className="w-full min-w-[58rem] text-left text-sm [&_td]:py-2 [&_td]:pr-3 [&_tbody_th]:py-2 [&_tbody_th]:pr-3">
        <caption className="sr-only">Learners in your cohorts, most urgent first, with risk, last contact and progress</caption>
        <thead>
          <tr className="border-b border-slate-300">
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={`py-2 pr-3 ${c.key === "name" ? "sticky left-0 z-10 bg-white" : ""}`}
                aria-sort={sortedBy === c.key ? (effectiveDir === "asc" ? "ascending" : "descending") : undefined}
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
              <th scope="row" className="sticky left-0 z-10 bg-white font-medium">
                <a className="text-brand-700 underline" href={`/advisor/learners/${r.id}`}>
                  {r.name}
                </a>
                <div className="text-xs font-normal text-slate-600">
                  {r.sub} · {r.cohort}
                </div>
              </th>
              <td className="min-w-[14rem]">
                <TierPill tier={r.tier} />
                {r.flags.length > 0 && (
                  <ul className="mt-1 space-y-1 text-xs text-slate-700">
                    {r.flags.map((f) => (
                      <li key={f.kind}>
                        <span className={`font-semibold ${f.severity === "HIGH" ? "text-red-900" : "text-amber-950"}`}>{f.label}:</span>{" "}
                        {f.text}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                {r.lastContacted}
                {r.needsOutreach && <div className="text-xs font-semibold text-red-900">Needs outreach</div>}
              </td>
              <td>
                {r.plan}
                {r.phase ? <div className="text-xs text-slate-600">{r.phase}</div> : null}
              </td>
              <td>{r.lastActive}</td>
              <td>{r.practice}</td>
              <td>{r.exam}</td>
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
