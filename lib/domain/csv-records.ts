// A linear RFC 4180 record reader (comma, "\n" line ends, "" escapes) that recovers from a
// broken quote instead of swallowing the file. papaparse, used before, read an unclosed quote
// as one cell running to the end of the file, so every later row vanished. Here the broken
// record is reported with the line it starts on, and reading resumes on the next line; from
// then on a quoted cell may not span lines (the only closing quote was missing, so a later
// multi-line cell cannot be told apart from the broken one). Every character is read at most
// twice: once by the scan that found no closing quote, once more line by line.

export interface CsvRecord {
  cells: string[];
  /** 1-based line of the file on which the record starts. */
  line: number;
  error?: string;
}

const UNCLOSED_QUOTE =
  'A quoted cell is never closed, so this row was read up to the end of its line only. Close the quote (or double it: "") and upload again.';
const STRAY_QUOTE = 'A quote inside a quoted cell must be doubled ("").';

/** Calls `onRecord` for each record; stops when it returns false. `text` uses "\n" line ends. */
export function readCsvRecords(text: string, onRecord: (record: CsvRecord) => boolean | void): void {
  let i = 0;
  let line = 1;
  let lineMode = false; // after an unclosed quote: quoted cells end at the line's end
  while (i < text.length) {
    const startLine = line;
    const startIndex = i;
    const cells: string[] = [];
    let error: string | undefined;
    for (;;) {
      if (text[i] === '"') {
        let cell = "";
        let j = i + 1;
        const limit = lineMode ? lineEnd(text, i) : text.length;
        let closed = false;
        let stray = false;
        for (;;) {
          const q = text.indexOf('"', j);
          if (q === -1 || q >= limit) break;
          const next = text[q + 1];
          if (next === '"' && q + 1 < limit) {
            cell += text.slice(j, q + 1);
            j = q + 2;
            continue;
          }
          cell += text.slice(j, q);
          j = q + 1;
          if (next === undefined || next === "," || next === "\n") {
            closed = true;
            break;
          }
          stray = true; // keep the quote as text, as spreadsheets do
          cell += '"';
        }
        // A stray quote in a cell that runs across lines is a broken quote that some later
        // quote happened to close: treat it as unclosed rather than swallow the lines between.
        if (closed && stray && cell.includes("\n")) closed = false;
        if (stray && closed) error ??= STRAY_QUOTE;
        if (!closed) {
          // Report the record, then resume on the line after the one it started on.
          const end = lineEnd(text, startIndex);
          if (onRecord({ cells: [...cells, cell], line: startLine, error: stray ? STRAY_QUOTE : UNCLOSED_QUOTE }) === false) return;
          lineMode = true;
          i = end + 1;
          line = startLine + 1;
          break;
        }
        for (let k = i; k < j; k++) if (text[k] === "\n") line++;
        cells.push(cell);
        i = j;
      } else {
        let j = i;
        while (j < text.length && text[j] !== "," && text[j] !== "\n") j++;
        cells.push(text.slice(i, j));
        i = j;
      }
      if (text[i] === ",") {
        i++;
        continue;
      }
      // End of record: "\n" or end of text.
      if (text[i] === "\n") {
        i++;
        line++;
      }
      if (onRecord(error ? { cells, line: startLine, error } : { cells, line: startLine }) === false) return;
      break;
    }
    if (i === startIndex) i++; // cannot happen; guards against an endless loop
  }
}

function lineEnd(text: string, from: number): number {
  const n = text.indexOf("\n", from);
  return n === -1 ? text.length : n;
}
