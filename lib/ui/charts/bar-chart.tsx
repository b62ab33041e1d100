// A server-rendered SVG bar chart (no chart library) with an optional target line; bars that
// meet the target are marked with a check and a pattern, so the difference is not carried by
// colour alone. Drawn at a desktop and a phone size (chart-sizes.ts) so its text stays legible.
import { ChartTable, type ChartDatum } from "./chart-table";
import { CHART_SIZES, labelledIndexes, type ChartSize } from "./chart-sizes";

interface BarChartProps {
  title: string;
  summary: string;
  data: ChartDatum[];
  target?: { value: number; label: string };
  columns: [string, string];
  unit?: string;
}

function BarSvg({ size, title, summary, data, target, unit = "" }: BarChartProps & { size: ChartSize }) {
  const { w, h, fontSize } = size;
  const pad = { l: fontSize * 3, r: fontSize, t: fontSize * 1.6, b: fontSize * 2.4 };
  const iw = w - pad.l - pad.r,
    ih = h - pad.t - pad.b;
  const max = Math.max(1, target?.value ?? 0, ...data.map((d) => d.value)) * 1.1;
  const y = (v: number) => pad.t + ih - (v / max) * ih;
  const slot = iw / Math.max(1, data.length);
  const bw = data.length === 0 ? 0 : slot * 0.7;
  const bx = (i: number) => pad.l + i * slot + (slot - bw) / 2;
  const labelled = labelledIndexes(data.length, size.maxXLabels);
  const patternId = `met-${size.w}`;
  return (
    <svg viewBox={`0 0 ${w} ${h}`} role="img" aria-label={`${title}. ${summary}`} className={`h-auto w-full ${size.className}`}>
      <defs>
        <pattern id={patternId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#15803d" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#bbf7d0" strokeWidth="2" />
        </pattern>
      </defs>
      <line x1={pad.l} x2={w - pad.r} y1={y(0)} y2={y(0)} stroke="#94a3b8" />
      <text x={pad.l - 4} y={y(0) + fontSize / 3} textAnchor="end" fontSize={fontSize} fill="#475569">
        0{unit}
      </text>
      {data.map((d, i) => {
        const met = target !== undefined && d.value >= target.value;
        return (
          <g key={i}>
            <rect
              x={bx(i)}
              y={y(d.value)}
              width={bw}
              height={Math.max(0, y(0) - y(d.value))}
              fill={met ? `url(#${patternId})` : "#1d4ed8"}
              rx="2"
            />
            {met && (
              <text x={bx(i) + bw / 2} y={y(d.value) - 3} textAnchor="middle" fontSize={fontSize} fill="#14532d">
                ✓
              </text>
            )}
            {labelled.has(i) && (
              <text x={bx(i) + bw / 2} y={h - fontSize * 0.8} textAnchor="middle" fontSize={fontSize} fill="#475569">
                {d.label}
              </text>
            )}
          </g>
        );
      })}
      {target && (
        <g>
          <line x1={pad.l} x2={w - pad.r} y1={y(target.value)} y2={y(target.value)} stroke="#b45309" strokeDasharray="6 4" />
          <text x={pad.l - 4} y={y(target.value) + fontSize / 3} textAnchor="end" fontSize={fontSize} fill="#92400e">
            {target.value}
            {unit}
          </text>
          <text x={w - pad.r} y={y(target.value) - 4} textAnchor="end" fontSize={fontSize} fill="#92400e">
            {target.label}
          </text>
        </g>
      )}
    </svg>
  );
}

export function BarChart(props: BarChartProps) {
  return (
    <figure className="w-full">
      {CHART_SIZES.map((size) => (
        <BarSvg key={size.w} size={size} {...props} />
      ))}
      <figcaption className="text-sm text-slate-700">
        {props.summary}
        {props.target && <span className="ml-1">Striped bars with ✓ met the target.</span>}
      </figcaption>
      <ChartTable caption={props.title} columns={props.columns} rows={props.data} />
    </figure>
  );
}
