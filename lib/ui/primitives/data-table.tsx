// The one table: columns as data (header, cell renderer, alignment, which column heads each
// row), a caption, and what happens on a narrow screen. narrow="cards": below the breakpoint
// each row becomes a card of label/value pairs (explicit ARIA roles keep the table semantics
// that display:block would drop in some browsers; the visible labels are aria-hidden because
// the column headers still name each cell). narrow="scroll": the table keeps its shape and
// scrolls inside its own labelled, focusable region (keyboard users can scroll it) with the
// row-header column sticky. Server-renderable, no state, no client JavaScript; client
// components (the roster, the import preview) render it too, so it uses clsx, not cn.
import { clsx } from "clsx";
import type { ReactNode } from "react";
import { alignClass, resolveColumns, type ColumnAlign } from "./data-table-model";

export interface DataColumn<T> {
  key: string;
  header: ReactNode;
  /** Text for the column when `header` is markup (a sort link): the card label. */
  label?: string;
  cell: (row: T) => ReactNode;
  align?: ColumnAlign;
  /** aria-sort for a sortable column's header. */
  sort?: "ascending" | "descending";
  headerClassName?: string;
  cellClassName?: string;
  /** Long text (prose, lists): in a card its label sits above the value, full width. */
  long?: boolean;
}

interface Common<T> {
  columns: DataColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** Key of the column whose cell is each row's header (default: the first column). */
  rowHeader?: string;
  caption: ReactNode;
  captionVisible?: boolean;
  rowClassName?: (row: T) => string | undefined;
  className?: string;
}

export type DataTableProps<T> = Common<T> &
  (
    | { narrow: "cards"; breakpoint?: "sm" | "md" }
    | {
        narrow: "scroll";
        /** Names the scroll region for assistive tech ("Learners table, scrolls sideways"). */
        label: string;
        /** The table's minimum width before it scrolls, e.g. "58rem". */
        minWidth?: string;
      }
  );

// Written out in full so Tailwind sees every class.
const CARDS = {
  sm: {
    table: "max-sm:block",
    head: "max-sm:sr-only",
    body: "max-sm:block max-sm:space-y-3",
    row: "max-sm:block max-sm:rounded-lg max-sm:border max-sm:border-slate-200 max-sm:bg-white max-sm:p-3",
    rowHeader: "max-sm:block max-sm:pt-0 max-sm:pb-1 max-sm:text-base",
    caption: "max-sm:block",
    cell: "max-sm:grid max-sm:grid-cols-[minmax(6rem,38%)_1fr] max-sm:gap-3 max-sm:py-1",
    longCell: "max-sm:block max-sm:py-1",
    label: "sm:hidden",
    align: { left: "text-left", right: "text-left sm:text-right", center: "text-left sm:text-center" },
  },
  md: {
    table: "max-md:block",
    head: "max-md:sr-only",
    body: "max-md:block max-md:space-y-3",
    row: "max-md:block max-md:rounded-lg max-md:border max-md:border-slate-200 max-md:bg-white max-md:p-3",
    rowHeader: "max-md:block max-md:pt-0 max-md:pb-1 max-md:text-base",
    caption: "max-md:block",
    cell: "max-md:grid max-md:grid-cols-[minmax(6rem,38%)_1fr] max-md:gap-3 max-md:py-1",
    longCell: "max-md:block max-md:py-1",
    label: "md:hidden",
    align: { left: "text-left", right: "text-left md:text-right", center: "text-left md:text-center" },
  },
} as const;

export function DataTable<T>(props: DataTableProps<T>) {
  const { rows, rowKey, caption, captionVisible, rowClassName } = props;
  const columns = resolveColumns(props.columns, props.rowHeader);
  const cards = props.narrow === "cards" ? CARDS[props.breakpoint ?? "sm"] : null;
  // In card mode the roles are stated so the table stays a table when its parts are blocks.
  const role = (r: string) => (cards ? r : undefined);
  const sticky = !cards && "sticky left-0 z-10 bg-white";
  const alignOf = (a: ColumnAlign | undefined) => (cards ? cards.align[a ?? "left"] : alignClass(a));

  const table = (
    <table
      role={role("table")}
      className={clsx("w-full border-collapse text-sm", cards?.table, cards && props.className)}
      style={props.narrow === "scroll" && props.minWidth ? { minWidth: props.minWidth } : undefined}
    >
      <caption className={clsx(captionVisible ? "mb-2 text-left text-sm text-slate-700" : "sr-only", cards?.caption)}>{caption}</caption>
      <thead role={role("rowgroup")} className={cards?.head}>
        <tr role={role("row")} className="border-b border-slate-300">
          {columns.map(({ column: c, isRowHeader }) => (
            <th
              key={c.key}
              role={role("columnheader")}
              scope="col"
              aria-sort={c.sort}
              className={clsx("py-2 pr-3 align-bottom font-semibold", alignOf(c.align), isRowHeader && sticky, c.headerClassName)}
            >
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody role={role("rowgroup")} className={cards?.body}>
        {rows.map((row) => (
          <tr key={rowKey(row)} role={role("row")} className={clsx("border-b border-slate-100 align-top", cards?.row, rowClassName?.(row))}>
            {columns.map(({ column: c, label, isRowHeader }) =>
              isRowHeader ? (
                <th
                  key={c.key}
                  role={role("rowheader")}
                  scope="row"
                  className={clsx("py-2 pr-3 font-medium", alignOf(c.align), sticky, cards?.rowHeader, c.cellClassName)}
                >
                  {c.cell(row)}
                </th>
              ) : (
                <td
                  key={c.key}
                  role={role("cell")}
                  className={clsx("py-2 pr-3", alignOf(c.align), c.long ? cards?.longCell : cards?.cell, c.cellClassName)}
                >
                  {cards && (
                    <span aria-hidden="true" className={clsx("text-xs font-semibold text-slate-600", c.long && "block", cards.label)}>
                      {label}
                    </span>
                  )}
                  {cards ? <div>{c.cell(row)}</div> : c.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );

  if (props.narrow === "cards") return table;
  return (
    <div role="region" aria-label={props.label} tabIndex={0} className={clsx("relative overflow-x-auto", props.className)}>
      {table}
    </div>
  );
}
