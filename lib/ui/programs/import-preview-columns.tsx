// The learner-import preview's columns: every row of the file and what will happen to it.
import type { ImportRow } from "@/lib/domain/learner-import";
import { isErrorStatus } from "@/lib/domain/import-row-status";
import type { DataColumn } from "@/lib/ui/primitives/data-table";

export function previewColumns(cohorts: { id: string; name: string }[]): DataColumn<ImportRow>[] {
  return [
    { key: "row", header: "Row", cell: (r) => r.rowNumber },
    { key: "email", header: "Email", cell: (r) => r.email },
    { key: "name", header: "Name", cell: (r) => `${r.firstName} ${r.lastName}` },
    { key: "cohort", header: "Cohort", cell: (r) => r.cohortName || (r.cohortId ? cohorts.find((c) => c.id === r.cohortId)?.name : "—") },
    {
      key: "status",
      header: "Status",
      cell: (r) => (isErrorStatus(r.status) ? <strong className="text-red-800">Error: {r.message}</strong> : r.message),
    },
  ];
}
