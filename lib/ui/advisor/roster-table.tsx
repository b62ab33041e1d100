"use client";
// The roster table: sortable column headers are links (server-rendered, keyboard friendly).
// A client component only so its rows travel as data (see roster-view.ts); it has no state.
import Link from "next/link";
import type { RosterQuery } from "@/lib/data/programs/roster";
import type { RosterViewRow } from "@/lib/ui/advisor/roster-view";
import { TierPill } from "@/lib/ui/advisor/tier-pill";
import { DataTable, type DataColumn } from "@/lib/ui/primitives/data-table";

type SortKey = NonNullable<RosterQuery["sort"]>;

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
  const sortable = (
    key: SortKey,
    label: string,
    cell: DataColumn<RosterViewRow>["cell"],
    cellClassName?: string,
  ): DataColumn<RosterViewRow> => ({
    key,
    label,
    header: (
      <Link className="underline decoration-dotted" href={href(key)}>
        {label}
      </Link>
    ),
    sort: sortedBy === key ? (effectiveDir === "asc" ? "ascending" : "descending") : undefined,
    cell,
    cellClassName,
  });
  const columns: DataColumn<RosterViewRow>[] = [
    sortable("name", "Learner", (r) => (
      <>
        <a className="text-brand-700 underline" href={`/advisor/learners/${r.id}`}>
          {r.name}
        </a>
        <div className="text-xs font-normal text-slate-600">
          {r.sub} · {r.cohort}
        </div>
      </>
    )),
    sortable(
      "risk",
      "Risk",
      (r) => (
        <>
          <TierPill tier={r.tier} />
          {r.flags.length > 0 && (
            <ul className="mt-1 space-y-1 text-xs text-slate-700">
              {r.flags.map((f) => (
                <li key={f.kind}>
                  <span className={`font-semibold ${f.severity === "HIGH" ? "text-red-900" : "text-amber-950"}`}>{f.label}:</span> {f.text}
                </li>
              ))}
            </ul>
          )}
        </>
      ),
      "min-w-[14rem]",
    ),
    sortable("contacted", "Last contacted", (r) => (
      <>
        {r.lastContacted}
        {r.needsOutreach && <div className="text-xs font-semibold text-red-900">Needs outreach</div>}
      </>
    )),
    sortable("progress", "Plan", (r) => (
      <>
        {r.plan}
        {r.phase ? <div className="text-xs text-slate-600">{r.phase}</div> : null}
      </>
    )),
    sortable("lastActive", "Last active", (r) => r.lastActive),
    sortable("score", "Practice", (r) => r.practice),
    sortable("exam", "Exam", (r) => r.exam),
    {
      key: "jobHunt",
      header: "Job hunt",
      cell: (r) => (
        <>
          {r.jobHunt}
          {r.followUps ? <div className="text-xs text-amber-900">{r.followUps}</div> : null}
        </>
      ),
    },
  ];
  return (
    <DataTable
      narrow="scroll"
      label="Learners table (scrolls sideways)"
      minWidth="58rem"
      caption="Learners in your cohorts, most urgent first, with risk, last contact and progress"
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
    />
  );
}
