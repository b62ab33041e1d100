// The program funnel as horizontal bars (server-rendered; the numbers are in the text too).
import { FUNNEL_STEPS } from "@/lib/domain/outcome-format";
import type { OutcomeRow } from "@/lib/data/programs/outcomes";
import { HorizontalBars } from "@/lib/ui/charts/horizontal-bars";

export function OutcomeFunnel({ row }: { row: OutcomeRow }) {
  return (
    <HorizontalBars
      title="Funnel for the whole program"
      max={Math.max(row.invited, row.joined)}
      rows={FUNNEL_STEPS.map((s) => ({ label: s.label, value: row[s.key] }))}
    />
  );
}
