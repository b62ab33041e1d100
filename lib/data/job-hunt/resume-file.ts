// Reads an uploaded resume: .txt/.md as UTF-8 text, .docx through mammoth in a worker thread
// (docx-to-text.ts). Anything else — including a binary file renamed .docx or .txt — gets a
// clear error instead of garbage text.
import "server-only";
import { UserInputError } from "@/lib/data/errors";
import { docxBudgetProblem } from "@/lib/data/job-hunt/docx-budget";
import { docxToText, type DocxToText } from "@/lib/data/job-hunt/docx-to-text";

const RESUME_FILE_MAX_BYTES = 1_000_000;
const DAMAGED = "This .docx could not be read (it may be damaged). Save it again from Word, or paste the text.";
const fail = (message: string) => new UserInputError(message, { file: [message] });
const WORKER_FAILURE: Record<Exclude<DocxToText, { ok: true }>["reason"], string> = {
  damaged: DAMAGED,
  timeout: "This file took too long to read. Save it again from Word without embedded extras, or paste the text.",
  memory: "This file needs too much memory to read. Save it again from Word without embedded extras, or paste the text.",
  busy: "Other files are being read right now. Try again in a minute, or paste the text.",
};

export async function extractResumeText(file: File): Promise<string> {
  const name = file.name.toLowerCase();
  if (file.size > RESUME_FILE_MAX_BYTES) throw fail("The file is larger than 1 MB. Save your resume as .docx or .txt without images.");
  const bytes = Buffer.from(await file.arrayBuffer());
  if (name.endsWith(".docx")) {
    // A .docx is a ZIP archive: it starts with "PK\x03\x04".
    if (bytes.subarray(0, 4).toString("latin1") !== "PK\u0003\u0004")
      throw fail("This file is not a Word .docx document (it may be renamed or an older .doc). Save it as .docx, or paste the text.");
    const problem = docxBudgetProblem(bytes);
    if (problem?.kind === "over-budget")
      throw fail(`This .docx is too large to read: ${problem.reason}. Save it again from Word without embedded extras, or paste the text.`);
    if (problem) throw fail(DAMAGED);
    // The budget check above stays on this thread: it is linear and cheap, and refuses bombs
    // before a worker is even started.
    const result = await docxToText(bytes);
    if (!result.ok) throw fail(WORKER_FAILURE[result.reason]);
    if (result.text.trim() === "") throw fail("No text was found in this .docx. Paste your resume text instead.");
    return result.text.replace(/\n{3,}/g, "\n\n").trim();
  }
  if (name.endsWith(".txt") || name.endsWith(".md")) {
    const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
    if (text.includes("\u0000") || (text.match(/\uFFFD/g)?.length ?? 0) > 5)
      throw fail("This file is not plain text. Upload a .txt, .md or .docx file, or paste the text.");
    return text
      .replace(/^\uFEFF/, "")
      .replace(/\r\n?/g, "\n")
      .trim();
  }
  throw fail("Upload a .docx, .txt or .md file (PDF is not supported: paste the text instead).");
}
