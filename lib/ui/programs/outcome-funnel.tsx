// The program funnel as horizontal bars (server-rendered; the numbers are in the text too).
import { FUNNEL_STEPS } from "@/lib/domain/outcome-format";
import type { OutcomeRow } from "@/lib/data/programs/outcomes";

export function OutcomeFunnel({ row }: { row: OutcomeRow }) {
  const max = Math.max(1, row.invited, row.joined);
  return (
    <figure>
      <figcaption className="mb-2 text-sm text-slate-700">Funnel for the whole program</figcaption>
      <ol className="space-y-2">
        {FUNNEL_STEPS.map((s) => {
          const value = row[s.key];
          return (
            <li key={s.key} className="grid grid-cols-[8rem_1fr_3rem] items-center gap-2 text-sm">
              <span>{s.label}</span>
              <span className="h-4 rounded bg-slate-100" aria-hidden="true">
                <span className="block h-4 rounded bg-brand-600" style={{ width: `${(100 * value) / max}%` }} />
              </span>
              <span className="text-right font-semibold">{value}</span>
            </li>
          );
        })}
      </ol>
    </figure>
  );
}
