// Horizontal bars drawn with plain CSS (server-rendered): every bar has its number as text
// beside it, so nothing depends on seeing length or colour. Funnels and pipelines use it.
export interface BarRow {
  label: string;
  value: number;
  /** What is written beside the bar (defaults to the value). */
  text?: string;
}

export function HorizontalBars({ title, rows, max }: { title: string; rows: BarRow[]; max?: number }) {
  const top = Math.max(1, max ?? 0, ...rows.map((r) => r.value));
  return (
    <figure className="space-y-1">
      <figcaption className="font-semibold">{title}</figcaption>
      <ul className="space-y-1">
        {rows.map((r) => (
          <li key={r.label} className="grid grid-cols-[minmax(6rem,9rem)_minmax(0,1fr)] items-center gap-2 text-sm">
            <span>{r.label}</span>
            <span className="flex items-center gap-2">
              <span
                aria-hidden="true"
                className="h-4 rounded bg-brand-700"
                style={{ width: `${(100 * r.value) / top}%`, minWidth: r.value > 0 ? "0.25rem" : 0 }}
              />
              <span className="shrink-0 font-semibold whitespace-nowrap">{r.text ?? r.value}</span>
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
