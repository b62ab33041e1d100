// The multi-series line chart: a missing value breaks its line (never drawn as zero), and the
// legend names every series in text.
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { MultiLineChart, segments } from "@/lib/ui/charts/multi-line-chart";

describe("segments", () => {
  it("splits a series into runs of present values", () => {
    expect(segments([1, 2, null, 4, 5, 6])).toEqual([
      [0, 1],
      [3, 4, 5],
    ]);
    expect(segments([null, null])).toEqual([]);
    expect(segments([null, 3, null])).toEqual([[1]]);
  });
});

describe("MultiLineChart", () => {
  it("draws each size, labels the image and names each series", () => {
    const html = renderToStaticMarkup(
      createElement(MultiLineChart, {
        title: "Rates",
        summary: "Two quarters.",
        categories: ["Q1 2025", "Q3 2025"],
        unit: "%",
        series: [
          { name: "Exam pass rate", values: [60, null] },
          { name: "Placed", values: [50, 70] },
        ],
      }),
    );
    expect(html.match(/role="img" aria-label="Rates. Two quarters."/g)).toHaveLength(2);
    expect(html).toContain("Exam pass rate");
    expect(html).toContain("Placed");
    // Pass rate has one point: a marker but no line; placement has a line at each size.
    expect(html.match(/<polyline/g)).toHaveLength(2);
  });
});
