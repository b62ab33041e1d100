// Cohorts side by side on the two rates programs are judged by: exam pass rate and placement.
// Each bar carries its rate and counts as text, so the comparison never rests on bar length.
import { formatRate, rate } from "@/lib/domain/outcome-format";
import type { OutcomeRow } from "@/lib/data/programs/outcomes";
import { HorizontalBars } from "@/lib/ui/charts/horizontal-bars";

function bars(rows: OutcomeRow[], numerator: (r: OutcomeRow) => number, denominator: (r: OutcomeRow) => number) {
  return rows.map((r) => {
    const value = rate(numerator(r), denominator(r));
    return {
      label: r.cohortName ?? "Whole program",
      value: value ?? 0,
      text: value === null ? "no data yet" : `${formatRate(value)} (${numerator(r)} of ${denominator(r)})`,
    };
  });
}

export function CohortComparison({ cohorts, placementWindowDays }: { cohorts: OutcomeRow[]; placementWindowDays: number }) {
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
      <HorizontalBars
        title="Exam pass rate by cohort"
        max={100}
        rows={bars(
          cohorts,
          (r) => r.passed,
          (r) => r.attempted,
        )}
      />
      <HorizontalBars
        title={`Placed within ${placementWindowDays} days by cohort`}
        max={100}
        rows={bars(
          cohorts,
          (r) => r.placed,
          (r) => r.joined,
        )}
      />
    </div>
  );
}
