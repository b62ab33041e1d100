// A server-rendered SVG bar chart (no chart library) with an optional target line; bars that
// meet the target are marked with a check so the difference is not carried by colour alone.
import { ChartTable, type ChartDatum } from "./chart-table";

export function BarChart({
  title,
  summary,
  data,
  target,
  columns,
  unit = "",
}: {
  title: string;
  summary: string;
  data: ChartDatum[];
  target?: { value: number; label: string };
  columns: [string, string];
  unit?: string;
}) {
  const w = 480,
    h = 200,
    pad = { l: 36, r: 12, t: 16, b: 28 };
  const iw = w - pad.l - pad.r,
    ih = h - pad.t - pad.b;
  const max = Math.max(1, target?.value ?? 0, ...data.map((d) => d.value)) * 1.1;
  const y = (v: number) => pad.t + ih - (v / max) * ih;
  const bw = data.length === 0 ? 0 : (iw / data.length) * 0.7;
  const bx = (i: number) => pad.l + (i * iw) / Math.max(1, data.length) + (iw / Math.max(1, data.length) - bw) / 2;
  return (
    <figure className="w-full">
      <svg viewBox={`0 0 ${w} ${h}`} role="img" aria-label={`${title}. ${summary}`} className="h-auto w-full max-w-xl">
        <line x1={pad.l} x2={w - pad.r} y1={y(0)} y2={y(0)} stroke="#94a3b8" />
        <text x={pad.l - 4} y={y(0) + 4} textAnchor="end" fontSize="10" fill="#475569">
          0{unit}
        </text>
        {data.map((d, i) => {
          const met = target !== undefined && d.value >= target.value;
          return (
            <g key={i}>
              <rect x={bx(i)} y={y(d.value)} width={bw} height={Math.max(0, y(0) - y(d.value))} fill={met ? "#15803d" : "#1d4ed8"} rx="2" />
              {met && (
                <text x={bx(i) + bw / 2} y={y(d.value) - 3} textAnchor="middle" fontSize="11" fill="#14532d">
                  ✓
                </text>
              )}
              <text x={bx(i) + bw / 2} y={h - 8} textAnchor="middle" fontSize="10" fill="#475569">
                {d.label}
              </text>
            </g>
          );
        })}
        {target && (
          <g>
            <line x1={pad.l} x2={w - pad.r} y1={y(target.value)} y2={y(target.value)} stroke="#b45309" strokeDasharray="6 4" />
            <text x={pad.l - 4} y={y(target.value) + 4} textAnchor="end" fontSize="10" fill="#92400e">
              {target.value}
              {unit}
            </text>
            <text x={w - pad.r} y={y(target.value) - 4} textAnchor="end" fontSize="10" fill="#92400e">
              {target.label}
            </text>
          </g>
        )}
      </svg>
      <figcaption className="text-sm text-slate-700">{summary}</figcaption>
      <ChartTable caption={title} columns={columns} rows={data} />
    </figure>
  );
}
