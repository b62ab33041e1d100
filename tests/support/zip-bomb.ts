// Hostile .docx files for the zip-bomb tests and benchmark: each is a few KB on disk.
import { docxParts, zip } from "./minimal-docx";

const xml = (bytes: number) =>
  Buffer.from(
    `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${"<w:p/>".repeat(Math.ceil(bytes / 6))}</w:body></w:document>`,
  );

/** word/document.xml of `bytes` bytes (5 MB by default), deflated ~1000×, sizes honest. */
export function zipBombDocx(bytes = 5_000_000): Buffer {
  return zip(docxParts("", { data: xml(bytes), deflate: true }));
}

/** The same bomb whose headers claim the document is 1 KB: only inflating with a cap catches it. */
export function lyingZipBombDocx(bytes = 5_000_000): Buffer {
  return zip(docxParts("", { data: xml(bytes), deflate: true, declaredSize: 1_000 }));
}

/** Many tiny parts (a directory-walking cost, not an inflating one). */
export function manyPartsDocx(parts = 5_000): Buffer {
  return zip([
    ...docxParts("Resume"),
    ...Array.from({ length: parts }, (_, i) => ({ name: `word/media/p${i}.xml`, data: Buffer.from("<a/>") })),
  ]);
}

/**
 * The most XML the budget lets mammoth parse (~1 MB, deflated, ratio honest): 11,000 lines of
 * varied words from a fixed LCG, so it compresses like a real document. Accepted, and the
 * slowest thing an upload can make mammoth do (0.4–1.7 s of CPU here).
 */
export function largestAcceptedDocx(): Buffer {
  let seed = 3;
  const words = ["coder", "CPC-A", "claims", "ICD-10-CM", "denials", "Epic", "audit", "payer", "A/R", "CPT"];
  const word = () => words[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % 10];
  const text = Array.from({ length: 11_000 }, () => Array.from({ length: 6 }, word).join(" ")).join("\n");
  return zip(docxParts(text, { deflate: true }));
}
