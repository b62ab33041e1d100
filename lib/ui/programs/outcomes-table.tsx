// Outcomes per cohort and for the whole program: counts, then the rates (same rate function
// as the CSV export). Wider than a phone or the column beside the sidebar, so it scrolls in
// its own box with the cohort column sticky.
import type { OutcomeRow } from "@/lib/data/programs/outcomes";
import { formatRate, rate } from "@/lib/domain/outcome-format";
import { formatUsd } from "@/lib/content/format-fact";
import { DataTable, type DataColumn } from "@/lib/ui/primitives/data-table";

const count = (key: keyof OutcomeRow, header: string): DataColumn<OutcomeRow> => ({
  key,
  header,
  cell: (r) => r[key],
  align: "right",
});
const pct = (key: string, header: string, n: (r: OutcomeRow) => number, d: (r: OutcomeRow) => number): DataColumn<OutcomeRow> => ({
  key,
  header,
  cell: (r) => formatRate(rate(n(r), d(r))),
  align: "right",
});

function columns(placementWindowDays: number): DataColumn<OutcomeRow>[] {
  return [
    { key: "cohort", header: "Cohort", cell: (r) => r.cohortName ?? "Whole program" },
    count("invited", "Invited"),
    count("joined", "Joined"),
    count("pathChosen", "Path"),
    count("examScheduled", "Exam sched."),
    count("passed", "Passed"),
    count("placed", "Placed"),
    pct(
      "first",
      "1st-attempt pass",
      (r) => r.passedFirstAttempt,
      (r) => r.attempted,
    ),
    pct(
      "pass",
      "Pass rate",
      (r) => r.passed,
      (r) => r.attempted,
    ),
    pct(
      "placement",
      `Placement ≤${placementWindowDays}d`,
      (r) => r.placed,
      (r) => r.joined,
    ),
    pct(
      "inField",
      "In-field",
      (r) => r.placedInField,
      (r) => r.joined,
    ),
    {
      key: "median",
      header: "Median to cert.",
      align: "right",
      cell: (r) => (r.medianDaysToCertification === null ? "—" : `${Math.round(r.medianDaysToCertification)} days`),
    },
    {
      key: "salary",
      header: "Median salary (n)",
      align: "right",
      cell: (r) => (r.medianStartingSalary === null ? "—" : `${formatUsd(Math.round(r.medianStartingSalary))} (${r.salariesShared})`),
    },
    pct(
      "known",
      "Known outcome",
      (r) => r.knownOutcome,
      (r) => r.joined,
    ),
  ];
}

export function OutcomesTable({ rows, placementWindowDays }: { rows: OutcomeRow[]; placementWindowDays: number }) {
  return (
    <DataTable
      narrow="scroll"
      label="Outcomes per cohort, scrollable"
      minWidth="64rem"
      caption="Outcomes per cohort and for the whole program"
      columns={columns(placementWindowDays)}
      rows={rows}
      rowKey={(r) => r.cohortId ?? "total"}
      rowClassName={(r) => (r.cohortId ? undefined : "font-semibold")}
    />
  );
}
