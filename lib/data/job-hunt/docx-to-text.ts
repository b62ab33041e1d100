// Runs mammoth off the main thread: each budget-checked .docx goes to a fresh worker thread with
// a heap cap and a wall-clock limit, and at most `maxRunning` run at once (a few more wait
// briefly, the rest are refused). Mammoth takes 0.4–1.7 s of CPU on the largest file the budget
// allows; on the main thread that stalled /api/health and every other request (QUALITY.md §25).
import "server-only";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

export const DOCX_WORKER_LIMITS = {
  /** The largest accepted file takes ≤ 1.7 s here; past this the worker is terminated. */
  timeoutMs: 5_000,
  /** Two cores: two extractions at once still leave the main thread a core. */
  maxRunning: 2,
  /** Uploads that wait for a free slot; beyond this they are refused at once. */
  maxWaiting: 4,
  /** Longest a waiting upload waits for a slot before it is refused. */
  maxWaitMs: 5_000,
  /** Mammoth needs ~30 MB for 1 MB of XML; the cap stops anything the budget missed. */
  maxOldGenerationSizeMb: 128,
  maxYoungGenerationSizeMb: 32,
};

export type DocxToText = { ok: true; text: string } | { ok: false; reason: "damaged" | "timeout" | "memory" | "busy" };

// The worker is the plain file, resolved at run time from the project root (where `next start`,
// `npm start` and the tests all run) and loaded by Node as is, so tests and the production build
// run the same code. Turbopack bundles any `new Worker(path)` it can evaluate — it sees through
// process.cwd() and ignores `turbopackIgnore` there — and wraps workerData in an object of its
// own, which once turned the file's bytes into a plain object ("damaged" for every upload).
// A one-line eval worker that imports the file is opaque to it; workerData stays an object.
const WORKER_URL = pathToFileURL(path.join(process.cwd(), "lib", "workers", "docx-to-text.mjs")).href;
const WORKER_CODE = `import(${JSON.stringify(WORKER_URL)});`;

let running = 0;
const waiting: Array<() => void> = [];

/** A slot for one extraction, or false when too many are running and waiting. */
async function acquire(): Promise<boolean> {
  if (running < DOCX_WORKER_LIMITS.maxRunning) {
    running++;
    return true;
  }
  if (waiting.length >= DOCX_WORKER_LIMITS.maxWaiting) return false;
  return new Promise<boolean>((resolve) => {
    const wake = () => {
      clearTimeout(timer);
      running++; // handed over by release(): the count never dips below the queue's demand
      resolve(true);
    };
    const timer = setTimeout(() => {
      waiting.splice(waiting.indexOf(wake), 1);
      resolve(false);
    }, DOCX_WORKER_LIMITS.maxWaitMs);
    waiting.push(wake);
  });
}

function release() {
  running--;
  waiting.shift()?.();
}

function extractInWorker(bytes: Uint8Array): Promise<DocxToText> {
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_CODE, {
      eval: true,
      workerData: { docx: bytes },
      resourceLimits: {
        maxOldGenerationSizeMb: DOCX_WORKER_LIMITS.maxOldGenerationSizeMb,
        maxYoungGenerationSizeMb: DOCX_WORKER_LIMITS.maxYoungGenerationSizeMb,
      },
    });
    let settled = false;
    const finish = (result: DocxToText) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ ok: false, reason: "timeout" }), DOCX_WORKER_LIMITS.timeoutMs);
    worker.on("message", (message: { ok: boolean; text?: unknown }) => {
      finish(message.ok && typeof message.text === "string" ? { ok: true, text: message.text } : { ok: false, reason: "damaged" });
    });
    worker.on("error", (error: Error & { code?: string }) => {
      finish({ ok: false, reason: error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "memory" : "damaged" });
    });
    worker.on("exit", () => finish({ ok: false, reason: "damaged" }));
  });
}

/** The raw text of a .docx that already passed `docxBudgetProblem`, extracted in a worker thread. */
export async function docxToText(bytes: Uint8Array): Promise<DocxToText> {
  if (!(await acquire())) return { ok: false, reason: "busy" };
  try {
    return await extractInWorker(bytes);
  } finally {
    release();
  }
}
