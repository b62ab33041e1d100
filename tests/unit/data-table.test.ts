// The data table: its column model (row header first, unique keys, labels, alignment) and the
// markup each narrow mode renders (scope on every header, the focusable labelled scroll
// region, card labels hidden from assistive tech, roles stated in card mode).
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { alignClass, resolveColumns } from "@/lib/ui/primitives/data-table-model";
import { DataTable, type DataColumn } from "@/lib/ui/primitives/data-table";

describe("resolveColumns", () => {
  const cols = [
    { key: "joined", header: "Joined", align: "right" as const },
    { key: "name", header: "Cohort" },
    { key: "sorted", header: { link: true }, label: "Last active" },
  ];
  it("puts the row header first and keeps the others in order", () => {
    const r = resolveColumns(cols, "name");
    expect(r.map((c) => c.column.key)).toEqual(["name", "joined", "sorted"]);
    expect(r.map((c) => c.isRowHeader)).toEqual([true, false, false]);
  });
  it("uses the first column as the row header by default", () => {
    expect(resolveColumns(cols.slice(0, 2))[0]!.column.key).toBe("joined");
  });
  it("labels each column with its text header or its explicit label", () => {
    expect(resolveColumns(cols, "name").map((c) => c.label)).toEqual(["Cohort", "Joined", "Last active"]);
  });
  it("refuses a markup header without a label, a missing row header and duplicate keys", () => {
    expect(() => resolveColumns([{ key: "a", header: { x: 1 } }])).toThrow(/label/);
    expect(() => resolveColumns(cols, "nope")).toThrow(/not a column/);
    expect(() => resolveColumns([cols[0]!, cols[0]!])).toThrow(/Duplicate/);
    expect(() => resolveColumns([])).toThrow(/at least one/);
  });
  it("maps alignment to a text class, left by default", () => {
    expect(alignClass()).toBe("text-left");
    expect(alignClass("right")).toBe("text-right");
    expect(resolveColumns(cols, "name")[1]!.alignClass).toBe("text-right");
  });
});

interface Row {
  id: string;
  name: string;
  count: number;
}
const rows: Row[] = [
  { id: "1", name: "Spring", count: 12 },
  { id: "2", name: "Fall", count: 9 },
];
const columns: DataColumn<Row>[] = [
  { key: "count", header: "Learners", cell: (r) => r.count, align: "right" },
  { key: "name", header: "Cohort", cell: (r) => r.name },
];
const render = (props: Parameters<typeof DataTable<Row>>[0]) => renderToStaticMarkup(createElement(DataTable<Row>, props));

describe("DataTable", () => {
  it("scroll mode: a focusable labelled region, scoped headers, the row header sticky", () => {
    const html = render({
      narrow: "scroll",
      label: "Cohorts, scrolls sideways",
      minWidth: "40rem",
      columns,
      rows,
      rowKey: (r) => r.id,
      rowHeader: "name",
      caption: "Cohorts",
    });
    expect(html).toMatch(/^<div role="region" aria-label="Cohorts, scrolls sideways" tabindex="0"/);
    expect(html).toContain('style="min-width:40rem"');
    expect(html).toContain('<caption class="sr-only">Cohorts</caption>');
    expect(html.match(/scope="col"/g)).toHaveLength(2);
    expect(html.match(/<th[^>]*scope="row"[^>]*sticky[^>]*>Spring<\/th>/)).not.toBeNull();
    expect(html.indexOf(">Cohort<")).toBeLessThan(html.indexOf(">Learners<"));
    expect(html).not.toContain('role="cell"');
  });
  it("cards mode: roles stated, each cell carries its label hidden from assistive tech", () => {
    const html = render({
      narrow: "cards",
      columns,
      rows,
      rowKey: (r) => r.id,
      rowHeader: "name",
      caption: "Cohorts",
      captionVisible: true,
    });
    expect(html).toMatch(/^<table role="table"/);
    expect(html).not.toContain('role="region"');
    expect(html.match(/role="rowheader" scope="row"/g)).toHaveLength(2);
    expect(html).toContain('<span aria-hidden="true" class="text-xs font-semibold text-slate-600 sm:hidden">Learners</span>');
    expect(html).toContain("sm:text-right");
    expect(html).not.toContain('class="sr-only">Cohorts');
  });
  it("cards mode: a long column stacks its label above the value", () => {
    const long: DataColumn<Row>[] = [columns[1]!, { key: "notes", header: "Notes", cell: (r) => r.name, long: true }];
    const html = render({ narrow: "cards", columns: long, rows, rowKey: (r) => r.id, caption: "x" });
    expect(html).toContain('class="text-xs font-semibold text-slate-600 block sm:hidden">Notes</span>');
    expect(html).toContain("max-sm:block max-sm:py-1");
  });
  it("marks the sorted column with aria-sort", () => {
    const sorted: DataColumn<Row>[] = [{ ...columns[1]!, sort: "descending" }, columns[0]!];
    expect(render({ narrow: "cards", columns: sorted, rows, rowKey: (r) => r.id, caption: "x" })).toContain('aria-sort="descending"');
  });
});
