// Shortlisted programs side by side (one column per program) on the guide's criteria. The
// criteria are the rows, so the table scrolls in its own box with the criterion column sticky.
import { PROGRAM_CRITERIA, TRAINING_ROUTES, type ProgramCriterionKey } from "@/lib/content/training-routes";
import { formatUsd } from "@/lib/content/format-fact";
import type { ShortlistedProgramView } from "@/lib/data/learner/shortlist";
import { DataTable, type DataColumn } from "@/lib/ui/primitives/data-table";

const UNKNOWN = <span className="text-slate-600">Not known</span>;

function cell(p: ShortlistedProgramView, key: ProgramCriterionKey | "NOTES"): React.ReactNode {
  const yes = (v: boolean | null) => (v === null ? UNKNOWN : v ? "Yes" : "No");
  switch (key) {
    case "ACCREDITATION":
      return p.accreditation ?? UNKNOWN;
    case "INSTRUCTOR_CREDENTIALS":
      return p.instructorCredentials ?? UNKNOWN;
    case "EXAM_PASS_RATE":
      return p.examPassRate === null ? UNKNOWN : `${p.examPassRate}%`;
    case "JOB_PLACEMENT_RATE":
      return p.placementRate === null ? UNKNOWN : `${p.placementRate}%`;
    case "EXTERNSHIP":
      return yes(p.externship);
    case "PLACEMENT_HELP":
      return yes(p.placementHelp);
    case "COST":
      return p.costUsd === null ? UNKNOWN : formatUsd(p.costUsd);
    case "DURATION":
      return p.durationMonths === null ? UNKNOWN : `${p.durationMonths} months`;
    case "NOTES":
      return <span className="whitespace-pre-line">{p.notes ?? ""}</span>;
  }
}

interface CriterionRow {
  key: ProgramCriterionKey | "NOTES";
  label: string;
  why?: string;
}
const ROWS: CriterionRow[] = [
  ...PROGRAM_CRITERIA.map((c) => ({ key: c.key, label: c.label, why: c.why })),
  { key: "NOTES", label: "Notes" },
];

function columns(programs: ShortlistedProgramView[]): DataColumn<CriterionRow>[] {
  return [
    {
      key: "criterion",
      header: "Criterion",
      cell: (c) => (
        <>
          <span className="font-semibold">{c.label}</span>
          {c.why && <span className="block text-xs font-normal text-slate-600">{c.why}</span>}
        </>
      ),
      cellClassName: "min-w-[10rem]",
    },
    ...programs.map((p): DataColumn<CriterionRow> => ({
      key: p.id,
      label: p.name,
      header: (
        <>
          {p.url ? (
            <a className="underline" href={p.url} rel="noopener noreferrer nofollow" target="_blank">
              {p.name}
            </a>
          ) : (
            p.name
          )}
          <span className="block font-normal text-slate-600">
            {TRAINING_ROUTES.find((r) => r.code === p.routeCode)?.name ?? "Route not set"}
          </span>
        </>
      ),
      cell: (c) => cell(p, c.key),
    })),
  ];
}

export function ShortlistTable({ programs }: { programs: ShortlistedProgramView[] }) {
  return (
    <DataTable
      narrow="scroll"
      label="Shortlisted programs compared, scrolls sideways"
      minWidth="32rem"
      columns={columns(programs)}
      rows={ROWS}
      rowKey={(c) => c.key}
      caption="Your shortlisted programs compared on the guide's criteria"
      captionVisible
    />
  );
}
