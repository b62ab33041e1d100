// The cohorts of one organization as a table (program home and organization overview); on a
// phone each cohort becomes a card.
import Link from "next/link";
import type { CohortSummary } from "@/lib/data/programs/cohort-summary";
import { formatDate } from "@/lib/ui/format";
import { DataTable, type DataColumn } from "@/lib/ui/primitives/data-table";

function columns(organizationId: string): DataColumn<CohortSummary>[] {
  return [
    {
      key: "name",
      header: "Cohort",
      cell: (c) => (
        <>
          <Link className="font-medium text-brand-700 underline" href={`/programs/${organizationId}/cohorts/${c.id}`}>
            {c.name}
          </Link>
          {c.archivedAt && <span className="ml-2 rounded bg-slate-200 px-1.5 text-xs font-normal">archived</span>}
        </>
      ),
    },
    { key: "path", header: "Path", cell: (c) => `${c.path ?? "—"}${c.credentialCode ? ` · ${c.credentialCode}` : ""}` },
    { key: "dates", header: "Dates", cell: (c) => `${formatDate(c.startDate)} – ${formatDate(c.endDate)}` },
    { key: "learners", header: "Learners", cell: (c) => c._count.learners, align: "right" },
    { key: "advisors", header: "Advisors", cell: (c) => c._count.advisors, align: "right" },
    // An archived cohort's code no longer admits anyone, so it is not shown as if it did.
    {
      key: "code",
      header: "Join code",
      cell: (c) => (c.joinCodeEnabled && c.joinCode && !c.archivedAt ? <code>{c.joinCode}</code> : "off"),
    },
  ];
}

export function CohortTable({ organizationId, cohorts, caption }: { organizationId: string; cohorts: CohortSummary[]; caption: string }) {
  return <DataTable narrow="cards" columns={columns(organizationId)} rows={cohorts} rowKey={(c) => c.id} caption={caption} />;
}
