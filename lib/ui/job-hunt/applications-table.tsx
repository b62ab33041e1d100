// Table view with sortable column headers (links that change the query string).
import Link from "next/link";
import type { ApplicationListItem, BoardFilters, SortKey } from "@/lib/data/job-hunt/board";
import { APPLICATION_STAGE_LABELS } from "@/lib/domain/applications";
import { ROLE_TYPE_LABELS, WORK_MODE_LABELS, type RoleType, type WorkMode } from "@/lib/domain/application-fields";
import { formatDate } from "@/lib/ui/format";

function sortHref(filters: BoardFilters, key: SortKey): string {
  const dir = filters.sort === key && filters.dir !== "desc" ? "desc" : "asc";
  const p = new URLSearchParams({ view: "table", sort: key, dir });
  for (const k of ["stage", "roleType", "workMode", "q"] as const) if (filters[k]) p.set(k, filters[k]);
  return `/learner/applications?${p}`;
}

function Th({ k, filters, children }: { k: SortKey; filters: BoardFilters; children: React.ReactNode }) {
  return (
    <th
      scope="col"
      className="px-2 py-2"
      aria-sort={filters.sort === k ? (filters.dir === "desc" ? "descending" : "ascending") : undefined}
    >
      <Link href={sortHref(filters, k)} className="underline">
        {children}
      </Link>
    </th>
  );
}

export function ApplicationsTable({ items, filters }: { items: ApplicationListItem[]; filters: BoardFilters }) {
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full min-w-[48rem] text-left text-sm">
        <caption className="sr-only">Your applications ({items.length})</caption>
        <thead className="border-b border-slate-300">
          <tr>
            <Th k="company" filters={filters}>
              Company
            </Th>
            <th scope="col" className="px-2 py-2">
              Title
            </th>
            <th scope="col" className="px-2 py-2">
              Role type
            </th>
            <th scope="col" className="px-2 py-2">
              Work mode
            </th>
            <Th k="stage" filters={filters}>
              Stage
            </Th>
            <Th k="applied" filters={filters}>
              Applied
            </Th>
            <Th k="followUp" filters={filters}>
              Follow-up
            </Th>
            <Th k="score" filters={filters}>
              Match
            </Th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.id} className="border-b border-slate-100">
              <th scope="row" className="px-2 py-2 font-medium">
                <Link href={`/learner/applications/${a.id}`} className="text-brand-800 underline">
                  {a.company}
                </Link>
              </th>
              <td className="px-2 py-2">{a.title}</td>
              <td className="px-2 py-2">{ROLE_TYPE_LABELS[a.roleType as RoleType] ?? a.roleType}</td>
              <td className="px-2 py-2">{WORK_MODE_LABELS[a.workMode as WorkMode] ?? a.workMode}</td>
              <td className="px-2 py-2">{APPLICATION_STAGE_LABELS[a.stage]}</td>
              <td className="px-2 py-2">{formatDate(a.appliedOn)}</td>
              <td className="px-2 py-2">{formatDate(a.followUpOn)}</td>
              <td className="px-2 py-2">{a.matchScore ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
