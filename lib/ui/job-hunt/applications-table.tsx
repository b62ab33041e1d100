// Table view with sortable column headers (links that change the query string); on a phone
// each application becomes a card.
import Link from "next/link";
import type { ApplicationListItem, BoardFilters, SortKey } from "@/lib/data/job-hunt/board";
import { APPLICATION_STAGE_LABELS } from "@/lib/domain/applications";
import { ROLE_TYPE_LABELS, WORK_MODE_LABELS, type RoleType, type WorkMode } from "@/lib/domain/application-fields";
import { formatDate } from "@/lib/ui/format";
import { DataTable, type DataColumn } from "@/lib/ui/primitives/data-table";

function sortHref(filters: BoardFilters, key: SortKey): string {
  const dir = filters.sort === key && filters.dir !== "desc" ? "desc" : "asc";
  const p = new URLSearchParams({ view: "table", sort: key, dir });
  for (const k of ["stage", "roleType", "workMode", "q"] as const) if (filters[k]) p.set(k, filters[k]);
  return `/learner/applications?${p}`;
}

function columns(filters: BoardFilters): DataColumn<ApplicationListItem>[] {
  const sortable = (
    key: SortKey,
    label: string,
    cell: DataColumn<ApplicationListItem>["cell"],
    cellClassName?: string,
  ): DataColumn<ApplicationListItem> => ({
    key,
    label,
    header: (
      <Link href={sortHref(filters, key)} className="underline">
        {label}
      </Link>
    ),
    sort: filters.sort === key ? (filters.dir === "desc" ? "descending" : "ascending") : undefined,
    cell,
    cellClassName,
  });
  return [
    sortable("company", "Company", (a) => (
      <Link href={`/learner/applications/${a.id}`} className="text-brand-800 underline">
        {a.company}
      </Link>
    )),
    { key: "title", header: "Title", cell: (a) => a.title },
    { key: "roleType", header: "Role type", cell: (a) => ROLE_TYPE_LABELS[a.roleType as RoleType] ?? a.roleType },
    { key: "workMode", header: "Work mode", cell: (a) => WORK_MODE_LABELS[a.workMode as WorkMode] ?? a.workMode },
    sortable("stage", "Stage", (a) => APPLICATION_STAGE_LABELS[a.stage]),
    sortable("applied", "Applied", (a) => formatDate(a.appliedOn), "whitespace-nowrap"),
    sortable("followUp", "Follow-up", (a) => formatDate(a.followUpOn), "whitespace-nowrap"),
    sortable("score", "Match", (a) => a.matchScore ?? "—"),
  ];
}

export function ApplicationsTable({ items, filters }: { items: ApplicationListItem[]; filters: BoardFilters }) {
  return (
    <DataTable
      narrow="cards"
      breakpoint="md"
      columns={columns(filters)}
      rows={items}
      rowKey={(a) => a.id}
      caption={`Your applications (${items.length})`}
    />
  );
}
