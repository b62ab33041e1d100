// The two drawing sizes every SVG chart renders, switched by CSS (no client JavaScript): the
// SVG scales to its card, so its text would scale with it; drawing a narrow variant for phones
// keeps axis labels at ~11–12 px on a 360 px screen and on a 1366 px desktop card alike.
export interface ChartSize {
  /** viewBox width and height. */
  w: number;
  h: number;
  fontSize: number;
  /** At most this many x-axis labels, so they never overlap. */
  maxXLabels: number;
  /** Tailwind display classes: only one variant is in the layout (and the accessibility tree). */
  className: string;
}

export const CHART_SIZES: readonly ChartSize[] = [
  { w: 720, h: 260, fontSize: 12, maxXLabels: 10, className: "hidden sm:block" },
  { w: 360, h: 220, fontSize: 12, maxXLabels: 4, className: "sm:hidden" },
];

/** Which of `count` x positions get a label: first and last always, evenly spaced between. */
export function labelledIndexes(count: number, max: number): Set<number> {
  if (count <= max) return new Set(Array.from({ length: count }, (_, i) => i));
  const step = (count - 1) / (max - 1);
  return new Set(Array.from({ length: max }, (_, k) => Math.round(k * step)));
}
