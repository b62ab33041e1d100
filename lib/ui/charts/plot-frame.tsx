// The plot area both line charts share: padding from the font size, the x position of the i-th
// of n categories, the y position of a value clamped to 0..yMax, and the horizontal gridlines
// with their labels. One place, so the single- and multi-series charts line up alike.
import type { ChartSize } from "./chart-sizes";

export interface PlotFrame {
  pad: { l: number; r: number; t: number; b: number };
  x: (i: number) => number;
  y: (v: number) => number;
}

export function plotFrame({ w, h, fontSize }: ChartSize, count: number, yMax: number, rightPad: number): PlotFrame {
  const pad = { l: fontSize * 3.4, r: fontSize * rightPad, t: fontSize * 1.4, b: fontSize * 2.4 };
  const iw = w - pad.l - pad.r;
  const ih = h - pad.t - pad.b;
  return {
    pad,
    x: (i) => pad.l + (count <= 1 ? iw / 2 : (i * iw) / (count - 1)),
    y: (v) => pad.t + ih - (Math.max(0, Math.min(yMax, v)) / yMax) * ih,
  };
}

export function YGrid({ frame, size, yMax, unit }: { frame: PlotFrame; size: ChartSize; yMax: number; unit: string }) {
  const { pad, y } = frame;
  return (
    <>
      {[0, 0.25, 0.5, 0.75, 1].map((f) => (
        <g key={f}>
          <line x1={pad.l} x2={size.w - pad.r} y1={y(yMax * f)} y2={y(yMax * f)} stroke="#e2e8f0" />
          <text x={pad.l - 4} y={y(yMax * f) + size.fontSize / 3} textAnchor="end" fontSize={size.fontSize} fill="#475569">
            {Math.round(yMax * f)}
            {unit}
          </text>
        </g>
      ))}
    </>
  );
}
