// Worker thread: turns one .docx (workerData.docx, already budget-checked) into raw text with mammoth
// and posts { ok: true, text } or { ok: false }. Plain .mjs on a stable path so Node loads it
// as is (never bundled), resolving mammoth from the project's node_modules; started by
// lib/data/job-hunt/docx-to-text.ts, which owns the time, memory and concurrency limits.
import { parentPort, workerData } from "node:worker_threads";
import mammoth from "mammoth";

try {
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(workerData.docx) });
  parentPort?.postMessage({ ok: true, text: value });
} catch {
  // The reason stays here: mammoth's messages can quote the document.
  parentPort?.postMessage({ ok: false });
}
