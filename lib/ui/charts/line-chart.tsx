// A server-rendered SVG trend chart (no chart library): points joined by a line, an optional
// dashed reference line (e.g. the passing bar), role="img" with a summary label and a hidden table.
import { ChartTable, type ChartDatum } from "./chart-table";

export function LineChart({
  title,
  summary,
  data,
  yMax = 100,
  reference,
  columns,
  unit = "",
}: {
  title: string;
  summary: string;
  data: ChartDatum[];
  yMax?: number;
  reference?: { value: number; label: string };
  columns: [string, string];
  unit?: string;
}) {
  const w = 480,
    h = 200,
    pad = { l: 36, r: 28, t: 14, b: 28 };
  const iw = w - pad.l - pad.r,
    ih = h - pad.t - pad.b;
  const x = (i: number) => pad.l + (data.length <= 1 ? iw / 2 : (i * iw) / (data.length - 1));
  const y = (v: number) => pad.t + ih - (Math.max(0, Math.min(yMax, v)) / yMax) * ih;
  const points = data.map((d, i) => `${x(i).toFixed(1)},${y(d.value).toFixed(1)}`).join(" ");
  return (
    <figure className="w-full">
      <svg viewBox={`0 0 ${w} ${h}`} role="img" aria-label={`${title}. ${summary}`} className="h-auto w-full max-w-xl">
        {[0, 0.25, 0.5, 0.75, 1].map((f) => (
          <g key={f}>
            <line x1={pad.l} x2={w - pad.r} y1={y(yMax * f)} y2={y(yMax * f)} stroke="#e2e8f0" />
            <text x={pad.l - 4} y={y(yMax * f) + 4} textAnchor="end" fontSize="10" fill="#475569">
              {Math.round(yMax * f)}
              {unit}
            </text>
          </g>
        ))}
        {reference && (
          <g>
            <line x1={pad.l} x2={w - pad.r} y1={y(reference.value)} y2={y(reference.value)} stroke="#b45309" strokeDasharray="6 4" />
            <text x={pad.l + 4} y={y(reference.value) - 4} textAnchor="start" fontSize="10" fill="#92400e">
              {reference.label}
            </text>
          </g>
        )}
        {data.length > 1 && <polyline points={points} fill="none" stroke="#1d4ed8" strokeWidth="2.5" />}
        {data.map((d, i) => (
          <circle key={i} cx={x(i)} cy={y(d.value)} r="4" fill="#1d4ed8" />
        ))}
        {data.map((d, i) =>
          i === 0 || i === data.length - 1 || data.length <= 6 ? (
            <text key={`l${i}`} x={x(i)} y={h - 8} textAnchor="middle" fontSize="10" fill="#475569">
              {d.label}
            </text>
          ) : null,
        )}
      </svg>
      <figcaption className="text-sm text-slate-700">{summary}</figcaption>
      <ChartTable caption={title} columns={columns} rows={data} />
    </figure>
  );
}
