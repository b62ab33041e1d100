// Work budget of an uploaded .docx, checked BEFORE mammoth inflates and parses it: a zip bomb
// (18.7 KB → 5 MB of XML took mammoth 6 s; 179 KB → 3.6 GB) must cost almost nothing. Reads the
// ZIP central directory in one linear pass, then inflates every entry with a hard output cap,
// so a size the archive declares but does not keep is caught by zlib, not trusted.
import { inflateRawSync } from "node:zlib";

export const DOCX_BUDGET = {
  /** A Word resume has 10–40 parts; images add one each. */
  maxEntries: 300,
  /** Everything, media included, once inflated. */
  maxTotalBytes: 10_000_000,
  /** XML parts (what mammoth parses, ~1.2 ms per KB here): about 5× a long Word resume. */
  maxXmlBytes: 1_000_000,
  /** Word's XML deflates 5–20×; a bomb deflates ~1000×. Only checked above `ratioFloorBytes`. */
  maxRatio: 100,
  ratioFloorBytes: 64_000,
};

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const TOO_MANY = `it has more than ${DOCX_BUDGET.maxEntries} parts`;

interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  offset: number;
}

/** The central directory, or a reason it cannot be trusted. */
function readDirectory(zip: Buffer): Entry[] | string {
  // The end record is the last 22 bytes plus a comment of at most 65,535 bytes.
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return "it has no ZIP directory";
  const count = zip.readUInt16LE(end + 10);
  const dirSize = zip.readUInt32LE(end + 12);
  const dirStart = zip.readUInt32LE(end + 16);
  if (count > DOCX_BUDGET.maxEntries) return TOO_MANY;
  // No ZIP64, no bytes between directory and end record: offsets then mean the same to every reader.
  if (dirStart + dirSize !== end) return "its ZIP directory is not where it says";
  const entries: Entry[] = [];
  let at = dirStart;
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || zip.readUInt32LE(at) !== CENTRAL) return "its ZIP directory is damaged";
    const nameLength = zip.readUInt16LE(at + 28);
    const entry = {
      method: zip.readUInt16LE(at + 10),
      compressed: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      offset: zip.readUInt32LE(at + 42),
      name: zip.toString("utf8", at + 46, at + 46 + nameLength),
    };
    if (entry.method !== 0 && entry.method !== 8) return "it uses an unsupported compression method";
    entries.push(entry);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return at === end ? entries : "its ZIP directory is damaged";
}

function declaredProblem(entries: Entry[]): string | undefined {
  let total = 0;
  let xml = 0;
  for (const e of entries) {
    total += e.size;
    if (/\.(?:xml|rels)$/i.test(e.name)) xml += e.size;
    if (e.size >= DOCX_BUDGET.ratioFloorBytes && e.size > DOCX_BUDGET.maxRatio * Math.max(1, e.compressed))
      return `a part expands more than ${DOCX_BUDGET.maxRatio}×`;
  }
  if (total > DOCX_BUDGET.maxTotalBytes) return `it expands to more than ${DOCX_BUDGET.maxTotalBytes / 1_000_000} MB`;
  if (xml > DOCX_BUDGET.maxXmlBytes) return `its document text and formatting exceed ${DOCX_BUDGET.maxXmlBytes / 1_000_000} MB`;
  return undefined;
}

/** Inflates each entry with output capped at its declared size: a lie throws inside zlib. */
function actualProblem(zip: Buffer, entries: Entry[]): string | undefined {
  for (const e of entries) {
    if (e.offset + 30 > zip.length || zip.readUInt32LE(e.offset) !== LOCAL) return "a part is missing";
    const start = e.offset + 30 + zip.readUInt16LE(e.offset + 26) + zip.readUInt16LE(e.offset + 28);
    const data = zip.subarray(start, start + e.compressed);
    if (data.length !== e.compressed) return "a part is cut short";
    if (e.method === 0) {
      if (e.compressed !== e.size) return "a part's size is wrong";
      continue;
    }
    try {
      inflateRawSync(data, { maxOutputLength: Math.max(1, e.size) });
    } catch {
      return "a part is larger than the archive says, or damaged";
    }
  }
  return undefined;
}

export interface DocxProblem {
  kind: "damaged" | "over-budget";
  reason: string;
}

/** Why this .docx cannot be read within its budget, or undefined when it can. */
export function docxBudgetProblem(zip: Buffer): DocxProblem | undefined {
  const entries = readDirectory(zip);
  if (typeof entries === "string") return { kind: entries === TOO_MANY ? "over-budget" : "damaged", reason: entries };
  const over = declaredProblem(entries) ?? actualProblem(zip, entries);
  return over ? { kind: "over-budget", reason: over } : undefined;
}
