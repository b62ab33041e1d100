// Pass and placement rate by the quarter cohorts started (lib/domain/outcome-trend.ts): a line
// chart with the same numbers as a table beside it (rate and "n of m", so every figure is text).
import type { OutcomeRow } from "@/lib/data/programs/outcomes";
import { formatRate } from "@/lib/domain/outcome-format";
import { hasTrend, outcomeTrend, type TrendPoint } from "@/lib/domain/outcome-trend";
import { MultiLineChart } from "@/lib/ui/charts/multi-line-chart";
import { EmptyState } from "@/lib/ui/empty-state";
import { DataTable, type DataColumn } from "@/lib/ui/primitives/data-table";

const withCounts = (value: number | null, n: number, d: number) =>
  value === null ? "no exams yet" : `${formatRate(value)} (${n} of ${d})`;

const COLUMNS: DataColumn<TrendPoint>[] = [
  { key: "quarter", header: "Cohorts started", cell: (p) => p.label },
  { key: "cohorts", header: "Cohorts", cell: (p) => p.cohorts, align: "right" },
  { key: "joined", header: "Learners", cell: (p) => p.joined, align: "right" },
  { key: "pass", header: "Pass rate", cell: (p) => withCounts(p.passRate, p.passed, p.attempted), align: "right" },
  { key: "placement", header: "Placement rate", cell: (p) => withCounts(p.placementRate, p.placed, p.joined), align: "right" },
];

function summary(points: TrendPoint[]): string {
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const change = (label: string, a: number | null, b: number | null) =>
    a === null || b === null ? null : `${label} ${formatRate(a)} → ${formatRate(b)}`;
  const parts = [change("pass rate", first.passRate, last.passRate), change("placement", first.placementRate, last.placementRate)].filter(
    Boolean,
  );
  return `${points.length} start quarters from ${first.label} to ${last.label}${parts.length ? `: ${parts.join("; ")}` : ""}.`;
}

export function OutcomeTrend({ cohorts, placementWindowDays }: { cohorts: OutcomeRow[]; placementWindowDays: number }) {
  const points = outcomeTrend(
    cohorts.flatMap((c) =>
      c.startDate ? [{ startDate: c.startDate, joined: c.joined, attempted: c.attempted, passed: c.passed, placed: c.placed }] : [],
    ),
  );
  if (!hasTrend(points))
    return (
      <EmptyState action={null}>The trend appears once cohorts that started in at least two different quarters have learners.</EmptyState>
    );
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        Cohorts are grouped by the quarter they started, so each learner counts once, with their cohort. A quarter&rsquo;s rate adds up its
        cohorts&rsquo; learners (it is not an average of cohort rates). Recent quarters read lower partly because their learners have had
        less time: placement counts jobs up to {placementWindowDays} days after a cohort ends.
      </p>
      <MultiLineChart
        title="Pass rate and placement rate by cohort start quarter"
        summary={summary(points)}
        categories={points.map((p) => p.label)}
        unit="%"
        series={[
          { name: "Exam pass rate", values: points.map((p) => p.passRate) },
          { name: `Placed within ${placementWindowDays} days`, values: points.map((p) => p.placementRate) },
        ]}
      />
      <DataTable
        narrow="cards"
        caption="Pass and placement rate by cohort start quarter"
        columns={COLUMNS}
        rows={points}
        rowKey={(p) => p.period}
      />
    </div>
  );
}
