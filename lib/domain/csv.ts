// CSV writing (RFC 4180 quoting, CRLF, formula-injection neutralization) and size-limited CSV
// parsing with typed errors and per-row problems. Records come from csv-records.ts (linear, and it
// recovers from a broken quote); this module owns the limits and the checks a spreadsheet-made file needs (BOM, CRLF, quoted commas).
import { readCsvRecords } from "@/lib/domain/csv-records";

export type CsvValue = string | number | boolean | null | undefined;

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => CsvValue;
}

export interface CsvWriteOptions {
  /** Prepend a UTF-8 byte-order mark so Excel opens accented names correctly. */
  bom?: boolean;
}

/** Spreadsheets evaluate cells starting with these as formulas (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text cells starting with = + - @ TAB or CR get a leading apostrophe so a spreadsheet shows
 * them as text. Numbers and booleans are written as-is: they come from our code, not from a user,
 * and a negative number cannot carry a formula.
 */
export function neutralizeCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return String(value);
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * Quotes a cell holding a quote, line break, or any character a spreadsheet may take as the
 * delimiter: "," and also ";" (the list separator where the decimal mark is a comma) and TAB.
 * Unquoted, "Spring;=cmd|…" opens in a semicolon locale as two cells, the second a formula.
 */
function quote(cell: string): string {
  return /[",;\t\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

export function toCsv(rows: readonly (readonly CsvValue[])[], options?: CsvWriteOptions): string;
export function toCsv<T>(records: readonly T[], columns: readonly CsvColumn<T>[], options?: CsvWriteOptions): string;
export function toCsv<T>(
  data: readonly (readonly CsvValue[])[] | readonly T[],
  columnsOrOptions?: readonly CsvColumn<T>[] | CsvWriteOptions,
  maybeOptions?: CsvWriteOptions,
): string {
  let matrix: (readonly CsvValue[])[];
  let options: CsvWriteOptions | undefined;
  if (Array.isArray(columnsOrOptions)) {
    const columns = columnsOrOptions as readonly CsvColumn<T>[];
    matrix = [columns.map((c) => c.header), ...(data as readonly T[]).map((r) => columns.map((c) => c.value(r)))];
    options = maybeOptions;
  } else {
    matrix = [...(data as readonly (readonly CsvValue[])[])];
    options = columnsOrOptions as CsvWriteOptions | undefined;
  }
  const body = matrix.map((row) => row.map((v) => quote(neutralizeCell(v))).join(",") + "\r\n").join("");
  return (options?.bom ? "\uFEFF" : "") + body;
}

export interface CsvParseOptions {
  maxRows?: number;
  maxBytes?: number;
  /** Headers that must be present (compared case-insensitively). */
  requiredHeaders?: readonly string[];
  /** A header whose values must be unique (case-insensitive, trimmed), e.g. "email". */
  uniqueBy?: string;
}

const CSV_DEFAULT_MAX_ROWS = 5_000;
const CSV_DEFAULT_MAX_BYTES = 2_000_000;

export type CsvErrorKind = "TOO_LARGE" | "TOO_MANY_ROWS" | "NOT_CSV" | "EMPTY" | "NO_DATA_ROWS" | "BAD_HEADER";
export interface CsvError {
  kind: CsvErrorKind;
  message: string;
}

export interface CsvRow {
  /** Record number as a spreadsheet shows it: the header is row 1; blank rows keep their numbers. */
  rowNumber: number;
  /** Keyed by header; a null-prototype object so a "__proto__" header is just a key. */
  values: Record<string, string>;
}
/** `line`: the file line the row starts on (differs from rowNumber after multi-line cells). */
export interface CsvRowError {
  rowNumber: number;
  line: number;
  message: string;
}

export type CsvParseResult = { ok: true; headers: string[]; rows: CsvRow[]; rowErrors: CsvRowError[] } | { ok: false; error: CsvError };

const err = (kind: CsvErrorKind, message: string): CsvParseResult => ({ ok: false, error: { kind, message } });

function utf8Length(text: string, cap: number): number {
  if (text.length > cap) return text.length; // already over: at least one byte per character
  return text.length * 3 <= cap ? text.length : new TextEncoder().encode(text).length;
}

/** Binary uploads (a spreadsheet saved as .xlsx, a PDF, an image) renamed to .csv. */
function looksBinary(text: string): boolean {
  if (/^(?:PK\u0003\u0004|%PDF|\u0089PNG|GIF8|\u00FF\u00D8\u00FF|\u00D0\u00CF\u0011\u00E0)/.test(text)) return true;
  const sample = text.slice(0, 4096);
  const control = sample.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  return sample.includes("\u0000") || control > sample.length * 0.02;
}

/**
 * Undo our own export's protective apostrophe ("'=SUM(…)" → "=SUM(…)") so files round-trip.
 * Spreadsheets never write that apostrophe themselves (Excel exports '=x as =x), and the value
 * is neutralized again on any later export, so this is safe.
 */
const unneutralize = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

export function parseCsv(input: string, options: CsvParseOptions = {}): CsvParseResult {
  const maxRows = options.maxRows ?? CSV_DEFAULT_MAX_ROWS;
  const maxBytes = options.maxBytes ?? CSV_DEFAULT_MAX_BYTES;
  if (utf8Length(input, maxBytes) > maxBytes)
    return err("TOO_LARGE", `The file is larger than ${Math.floor(maxBytes / 1000).toLocaleString("en-US")} KB.`);
  if (looksBinary(input))
    return err("NOT_CSV", "This doesn't look like a CSV file. In Excel or Sheets, use File → Save as / Download → CSV.");
  const text = (input.charCodeAt(0) === 0xfeff ? input.slice(1) : input).replace(/\r\n?/g, "\n");
  if (text.trim() === "") return err("EMPTY", "The file is empty.");

  // Rows stream through `step` so a 100k-row file stops one row past the limit. Blank rows are
  // skipped here, not by papaparse, so row numbers stay the file's record numbers (Excel's rows).
  const records: { cells: string[]; rowNumber: number; line: number; error?: string }[] = [];
  let recordNumber = 0;
  readCsvRecords(text, ({ cells, line, error }) => {
    recordNumber += 1;
    if (!error && cells.every((c) => c.trim() === "")) return true;
    records.push(
      error ? { cells, rowNumber: recordNumber, line, error: `Line ${line}: ${error}` } : { cells, rowNumber: recordNumber, line },
    );
    return records.length <= maxRows + 1;
  });
  const [header, ...data] = records;
  if (!header) return err("EMPTY", "The file is empty.");
  if (data.length > maxRows)
    return err("TOO_MANY_ROWS", `The file has more than ${maxRows.toLocaleString("en-US")} rows. Split it into smaller files.`);
  if (header.error) return err("BAD_HEADER", `The first row is not a valid header: ${header.error}`);

  const headers = header.cells.map((h) => h.trim());
  const lower = headers.map((h) => h.toLowerCase());
  if (headers.some((h) => h === "")) return err("BAD_HEADER", "Every column needs a name in the first row.");
  const dup = lower.find((h, i) => lower.indexOf(h) !== i);
  if (dup !== undefined) return err("BAD_HEADER", `The column "${dup}" appears twice in the first row.`);
  const missing = (options.requiredHeaders ?? []).filter((h) => !lower.includes(h.toLowerCase()));
  if (missing.length > 0) return err("BAD_HEADER", `Missing column${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}.`);
  if (data.length === 0) return err("NO_DATA_ROWS", "The file has a header row but no data rows.");

  const rowErrors: CsvRowError[] = [];
  const uniqueIndex = options.uniqueBy === undefined ? -1 : lower.indexOf(options.uniqueBy.toLowerCase());
  const seen = new Map<string, number>();
  const rows: CsvRow[] = [];
  for (const { cells, rowNumber, line, error } of data) {
    if (error) {
      rowErrors.push({ rowNumber, line, message: error });
      continue;
    }
    if (cells.length !== headers.length) {
      rowErrors.push({ rowNumber, line, message: `Expected ${headers.length} cells, found ${cells.length}. Check for an unquoted comma.` });
      continue;
    }
    if (uniqueIndex >= 0) {
      const key = (cells[uniqueIndex] ?? "").trim().toLowerCase();
      const first = seen.get(key);
      if (key !== "" && first !== undefined) {
        rowErrors.push({
          rowNumber,
          line,
          message: `Duplicate ${headers[uniqueIndex]} "${cells[uniqueIndex]?.trim()}" (same as row ${first}).`,
        });
        continue;
      }
      seen.set(key, rowNumber);
    }
    const values = Object.create(null) as Record<string, string>;
    headers.forEach((h, c) => {
      values[h] = unneutralize((cells[c] ?? "").trim());
    });
    rows.push({ rowNumber, values });
  }
  return { ok: true, headers, rows, rowErrors };
}
