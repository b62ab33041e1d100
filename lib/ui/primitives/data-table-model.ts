// The data table's column model as plain functions (no React): which column heads each row,
// in what order the columns render, how each aligns and what label a cell carries when the
// table collapses to cards. Unit-tested in tests/unit/data-table.test.ts.
export type ColumnAlign = "left" | "right" | "center";

export interface ColumnModelInput {
  key: string;
  /** The header as text (or `label` when the header is markup, e.g. a sort link). */
  header: unknown;
  label?: string;
  align?: ColumnAlign;
}

export interface ResolvedColumn<C extends ColumnModelInput> {
  column: C;
  /** Text naming the column: the card label on phones. */
  label: string;
  isRowHeader: boolean;
  alignClass: string;
}

const ALIGN: Record<ColumnAlign, string> = { left: "text-left", right: "text-right", center: "text-center" };

export function alignClass(align: ColumnAlign = "left"): string {
  return ALIGN[align];
}

function labelOf(c: ColumnModelInput): string {
  if (c.label !== undefined) return c.label;
  if (typeof c.header === "string" || typeof c.header === "number") return String(c.header);
  throw new Error(`Column "${c.key}" has a non-text header: give it a label`);
}

/**
 * Orders the columns with the row header first (it is the sticky column when the table
 * scrolls and the card's title when it collapses), checks keys are unique and the row header
 * exists. Without `rowHeader` the first column heads each row.
 */
export function resolveColumns<C extends ColumnModelInput>(columns: readonly C[], rowHeader?: string): ResolvedColumn<C>[] {
  if (columns.length === 0) throw new Error("A table needs at least one column");
  const keys = new Set<string>();
  for (const c of columns) {
    if (keys.has(c.key)) throw new Error(`Duplicate column key "${c.key}"`);
    keys.add(c.key);
  }
  const headKey = rowHeader ?? columns[0]!.key;
  const head = columns.find((c) => c.key === headKey);
  if (!head) throw new Error(`Row header "${headKey}" is not a column`);
  return [head, ...columns.filter((c) => c !== head)].map((column) => ({
    column,
    label: labelOf(column),
    isRowHeader: column === head,
    alignClass: alignClass(column.align),
  }));
}
