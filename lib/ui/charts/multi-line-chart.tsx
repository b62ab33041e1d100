// A server-rendered SVG chart of several series over the same categories (e.g. pass and
// placement rate per quarter). Each series differs in colour, dash and marker shape, and the
// legend names it in text, so nothing rests on colour. A missing value (null) breaks its line
// instead of pretending to be zero. Drawn at the desktop and phone sizes of chart-sizes.ts;
// the SVG is role="img" with a summary; the caller shows the numbers as a table beside it.
import { CHART_SIZES, labelledIndexes, type ChartSize } from "./chart-sizes";
import { plotFrame, YGrid } from "./plot-frame";

export interface ChartSeries {
  name: string;
  values: (number | null)[];
}

interface MultiLineChartProps {
  title: string;
  summary: string;
  categories: string[];
  series: ChartSeries[];
  yMax?: number;
  unit?: string;
}

const STYLES = [
  { stroke: "#1d4ed8", dash: undefined, marker: "circle" },
  { stroke: "#b45309", dash: "7 4", marker: "square" },
  { stroke: "#0f766e", dash: "2 3", marker: "diamond" },
] as const;

/** Runs of consecutive non-null indexes: each is drawn as its own polyline. */
export function segments(values: (number | null)[]): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push(i);
  });
  if (run.length) runs.push(run);
  return runs;
}

function Marker({ kind, x, y, r, fill }: { kind: (typeof STYLES)[number]["marker"]; x: number; y: number; r: number; fill: string }) {
  if (kind === "circle") return <circle cx={x} cy={y} r={r} fill={fill} />;
  if (kind === "square") return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} fill={fill} />;
  return <polygon points={`${x},${y - r * 1.3} ${x + r * 1.3},${y} ${x},${y + r * 1.3} ${x - r * 1.3},${y}`} fill={fill} />;
}

function Svg({ size, title, summary, categories, series, yMax = 100, unit = "" }: MultiLineChartProps & { size: ChartSize }) {
  const { w, h, fontSize } = size;
  const frame = plotFrame(size, categories.length, yMax, 2.5);
  const { x, y } = frame;
  const labelled = labelledIndexes(categories.length, size.maxXLabels);
  return (
    <svg viewBox={`0 0 ${w} ${h}`} role="img" aria-label={`${title}. ${summary}`} className={`h-auto w-full ${size.className}`}>
      <YGrid frame={frame} size={size} yMax={yMax} unit={unit} />
      {series.map((s, si) => {
        const style = STYLES[si % STYLES.length]!;
        return (
          <g key={s.name}>
            {segments(s.values).map((run) =>
              run.length > 1 ? (
                <polyline
                  key={run[0]}
                  points={run.map((i) => `${x(i).toFixed(1)},${y(s.values[i]!).toFixed(1)}`).join(" ")}
                  fill="none"
                  stroke={style.stroke}
                  strokeWidth="2.5"
                  strokeDasharray={style.dash}
                />
              ) : null,
            )}
            {s.values.map((v, i) =>
              v === null ? null : <Marker key={i} kind={style.marker} x={x(i)} y={y(v)} r={fontSize / 3} fill={style.stroke} />,
            )}
          </g>
        );
      })}
      {categories.map((label, i) =>
        labelled.has(i) ? (
          <text
            key={`l${i}`}
            x={x(i)}
            y={h - fontSize * 0.8}
            textAnchor={
              categories.length > 1 && i === 0 ? "start" : categories.length > 1 && i === categories.length - 1 ? "end" : "middle"
            }
            fontSize={fontSize}
            fill="#475569"
          >
            {label}
          </text>
        ) : null,
      )}
    </svg>
  );
}

function LegendSwatch({ index }: { index: number }) {
  const style = STYLES[index % STYLES.length]!;
  return (
    <svg aria-hidden="true" width="32" height="12" viewBox="0 0 32 12" className="shrink-0">
      <line x1="1" x2="31" y1="6" y2="6" stroke={style.stroke} strokeWidth="2.5" strokeDasharray={style.dash} />
      <Marker kind={style.marker} x={16} y={6} r={4} fill={style.stroke} />
    </svg>
  );
}

export function MultiLineChart(props: MultiLineChartProps) {
  return (
    <figure className="w-full space-y-2">
      <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm" aria-label="Legend">
        {props.series.map((s, i) => (
          <li key={s.name} className="flex items-center gap-2">
            <LegendSwatch index={i} />
            {s.name}
          </li>
        ))}
      </ul>
      {CHART_SIZES.map((size) => (
        <Svg key={size.w} size={size} {...props} />
      ))}
      <figcaption className="text-sm text-slate-700">{props.summary}</figcaption>
    </figure>
  );
}
