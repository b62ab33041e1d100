// The activity report's tables: applications submitted and every stage change in the period
// (a card per row on a phone; a plain table on paper and wider screens).
import type { getActivityReport } from "@/lib/data/job-hunt/report";
import { APPLICATION_STAGE_LABELS } from "@/lib/domain/applications";
import { SOURCE_LABELS, type ApplicationSource } from "@/lib/domain/application-fields";
import { DataTable, type DataColumn } from "@/lib/ui/primitives/data-table";

type ReportRow = Awaited<ReturnType<typeof getActivityReport>>["changes"][number];

const base: DataColumn<ReportRow>[] = [
  { key: "employer", header: "Employer", cell: (r) => r.company },
  { key: "date", header: "Date", cell: (r) => r.on },
  { key: "position", header: "Position", cell: (r) => r.title },
];

const SUBMITTED: DataColumn<ReportRow>[] = [
  ...base,
  { key: "source", header: "Found via", cell: (r) => SOURCE_LABELS[r.source as ApplicationSource] ?? r.source },
];
const CHANGES: DataColumn<ReportRow>[] = [
  ...base,
  {
    key: "change",
    header: "Change",
    cell: (r) => `${r.from ? `${APPLICATION_STAGE_LABELS[r.from]} → ` : ""}${APPLICATION_STAGE_LABELS[r.to]}`,
  },
];

export function SubmittedTable({ rows }: { rows: ReportRow[] }) {
  return <DataTable narrow="cards" columns={SUBMITTED} rows={rows} rowKey={(r) => r.id} caption="Applications submitted in the period" />;
}

export function ChangesTable({ rows }: { rows: ReportRow[] }) {
  return <DataTable narrow="cards" columns={CHANGES} rows={rows} rowKey={(r) => r.id} caption="Stage changes in the period" />;
}
