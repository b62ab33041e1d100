import { describe, expect, it } from "vitest";
import { labelledIndexes } from "@/lib/ui/charts/chart-sizes";

describe("chart x labels", () => {
  it("labels every point when they fit, else first, last and evenly spaced ones", () => {
    expect([...labelledIndexes(3, 4)]).toEqual([0, 1, 2]);
    expect([...labelledIndexes(8, 4)]).toEqual([0, 2, 5, 7]);
    expect([...labelledIndexes(20, 10)]).toHaveLength(10);
    expect(labelledIndexes(20, 10).has(19)).toBe(true);
    expect([...labelledIndexes(0, 4)]).toEqual([]);
  });
});
