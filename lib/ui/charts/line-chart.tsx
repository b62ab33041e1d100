// A server-rendered SVG trend chart (no chart library): points joined by a line, an optional
// dashed reference line (e.g. the passing bar), role="img" with a summary label and a hidden
// table. Drawn at a desktop and a phone size (chart-sizes.ts) so its text stays legible.
import { ChartTable, type ChartDatum } from "./chart-table";
import { CHART_SIZES, labelledIndexes, type ChartSize } from "./chart-sizes";
import { plotFrame, YGrid } from "./plot-frame";

interface LineChartProps {
  title: string;
  summary: string;
  data: ChartDatum[];
  yMax?: number;
  reference?: { value: number; label: string };
  columns: [string, string];
  unit?: string;
}

function LineSvg({ size, title, summary, data, yMax = 100, reference, unit = "" }: LineChartProps & { size: ChartSize }) {
  const { w, h, fontSize } = size;
  const frame = plotFrame(size, data.length, yMax, 1.5);
  const { pad, x, y } = frame;
  const points = data.map((d, i) => `${x(i).toFixed(1)},${y(d.value).toFixed(1)}`).join(" ");
  const labelled = labelledIndexes(data.length, size.maxXLabels);
  return (
    <svg viewBox={`0 0 ${w} ${h}`} role="img" aria-label={`${title}. ${summary}`} className={`h-auto w-full ${size.className}`}>
      <YGrid frame={frame} size={size} yMax={yMax} unit={unit} />
      {reference && (
        <g>
          <line x1={pad.l} x2={w - pad.r} y1={y(reference.value)} y2={y(reference.value)} stroke="#b45309" strokeDasharray="6 4" />
          <text x={pad.l + 4} y={y(reference.value) - 4} textAnchor="start" fontSize={fontSize} fill="#92400e">
            {reference.label}
          </text>
        </g>
      )}
      {data.length > 1 && <polyline points={points} fill="none" stroke="#1d4ed8" strokeWidth="2.5" />}
      {data.map((d, i) => (
        <circle key={i} cx={x(i)} cy={y(d.value)} r={fontSize / 3} fill="#1d4ed8" />
      ))}
      {data.map((d, i) =>
        labelled.has(i) ? (
          <text
            key={`l${i}`}
            x={x(i)}
            y={h - fontSize * 0.8}
            textAnchor={data.length > 1 && i === 0 ? "start" : data.length > 1 && i === data.length - 1 ? "end" : "middle"}
            fontSize={fontSize}
            fill="#475569"
          >
            {d.label}
          </text>
        ) : null,
      )}
    </svg>
  );
}

export function LineChart(props: LineChartProps) {
  return (
    <figure className="w-full">
      {CHART_SIZES.map((size) => (
        <LineSvg key={size.w} size={size} {...props} />
      ))}
      <figcaption className="text-sm text-slate-700">{props.summary}</figcaption>
      <ChartTable caption={props.title} columns={props.columns} rows={props.data} />
    </figure>
  );
}
