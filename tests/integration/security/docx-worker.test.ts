// .docx resumes are read by mammoth in a worker thread (lib/data/job-hunt/docx-to-text.ts), so
// the largest file the budget accepts (0.4–1.7 s of mammoth CPU) no longer stalls every other
// request (QUALITY.md §25). Timings are measured in tests/bench/input-budgets.bench.test.ts;
// here: the text still arrives, the event loop keeps turning, and each limit is a clear field
// error that writes nothing.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { DOCX_WORKER_LIMITS } from "@/lib/data/job-hunt/docx-to-text";
import { extractResumeText } from "@/lib/data/job-hunt/resume-file";
import { actorFor, createUser } from "../../support/factories";
import { dbFingerprint } from "../../support/db-fingerprint";
import { minimalDocx } from "../../support/minimal-docx";
import { largestAcceptedDocx } from "../../support/zip-bomb";

// Mammoth on this (the main) thread is off limits: only the worker, which loads the real
// package through Node, may parse a document.
vi.mock("mammoth", () => {
  const refuse = () => {
    throw new Error("mammoth ran on the main thread");
  };
  return { default: { extractRawText: refuse, convertToHtml: refuse }, extractRawText: refuse, convertToHtml: refuse };
});
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user, requireUser: async () => session.user }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined, has: () => false }),
  headers: async () => new Headers(),
}));

const { saveResumeAction } = await import("@/lib/actions/job-hunt/save-resume");

const defaults = { ...DOCX_WORKER_LIMITS };
const docxFile = (bytes: Buffer, name = "resume.docx") => new File([new Uint8Array(bytes)], name);
const upload = (file: File) => {
  const fd = new FormData();
  fd.append("file", file);
  return saveResumeAction({ status: "idle" } as never, fd) as Promise<{ status: string; fieldErrors?: Record<string, string[]> }>;
};

beforeEach(async () => {
  session.user = actorFor(await createUser({ name: "Docx Learner" }), ["learner"]);
});
afterEach(() => {
  Object.assign(DOCX_WORKER_LIMITS, defaults);
});

describe(".docx text extraction in a worker thread", () => {
  it("saves the text of an uploaded .docx, read without mammoth on the main thread", async () => {
    const result = await upload(docxFile(minimalDocx("Robin Hale\nCPC-A candidate · ICD-10-CM")));
    expect(result.status).toBe("ok");
    const saved = await db.resume.findUniqueOrThrow({ where: { userId: session.user!.id }, select: { text: true, fileName: true } });
    expect(saved).toEqual({ text: "Robin Hale\n\nCPC-A candidate · ICD-10-CM", fileName: "resume.docx" });
  });

  it("keeps the event loop turning while the largest accepted file is read", async () => {
    const file = docxFile(largestAcceptedDocx());
    let last = performance.now();
    let longestGap = 0;
    let turns = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
      turns++;
    }, 5);
    try {
      const text = await extractResumeText(file);
      // The stretch since the last tick counts too: mammoth's long synchronous part is its last.
      longestGap = Math.max(longestGap, performance.now() - last);
      expect(text.split(/\n+/)).toHaveLength(11_000);
    } finally {
      clearInterval(timer);
    }
    // On the main thread mammoth ends with one synchronous stretch of 0.4–1.2 s: a few turns, then nothing.
    expect(turns).toBeGreaterThanOrEqual(3);
    expect(longestGap).toBeLessThan(100);
  });

  it("stops a read that runs past the time limit: a clear field error, nothing stored", async () => {
    DOCX_WORKER_LIMITS.timeoutMs = 30;
    const before = await dbFingerprint();
    const result = await upload(docxFile(largestAcceptedDocx()));
    expect(result).toMatchObject({ status: "error", fieldErrors: { file: [expect.stringMatching(/^This file took too long to read\./)] } });
    expect(await dbFingerprint()).toEqual(before);
  });

  it("stops a read that needs more memory than the worker's heap cap, storing nothing", async () => {
    DOCX_WORKER_LIMITS.maxOldGenerationSizeMb = 4;
    DOCX_WORKER_LIMITS.maxYoungGenerationSizeMb = 1;
    const before = await dbFingerprint();
    const result = await upload(docxFile(largestAcceptedDocx()));
    expect(result).toMatchObject({ status: "error", fieldErrors: { file: [expect.stringMatching(/too much memory to read/)] } });
    expect(await dbFingerprint()).toEqual(before);
  });

  it("runs at most maxRunning reads at once, queues maxWaiting, refuses the rest clearly", async () => {
    Object.assign(DOCX_WORKER_LIMITS, { maxRunning: 2, maxWaiting: 1 });
    const results = await Promise.allSettled(Array.from({ length: 4 }, (_, i) => extractResumeText(docxFile(minimalDocx(`Resume ${i}`)))));
    const read = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    const refused = results.flatMap((r) => (r.status === "rejected" ? [String(r.reason)] : []));
    expect(read.sort()).toEqual(["Resume 0", "Resume 1", "Resume 2"]);
    expect(refused).toEqual([expect.stringMatching(/Other files are being read right now/)]);
    // Slots are handed back: the next upload is read again.
    expect(await extractResumeText(docxFile(minimalDocx("Resume 4")))).toBe("Resume 4");
  });

  it("refuses a waiting read once it has waited maxWaitMs", async () => {
    Object.assign(DOCX_WORKER_LIMITS, { maxRunning: 1, maxWaiting: 1, maxWaitMs: 1 });
    const results = await Promise.allSettled([
      extractResumeText(docxFile(largestAcceptedDocx())),
      extractResumeText(docxFile(minimalDocx("second"))),
    ]);
    expect(results[0]).toMatchObject({ status: "fulfilled" });
    expect(results[1]).toMatchObject({
      status: "rejected",
      reason: expect.objectContaining({ message: expect.stringMatching(/Other files are being read/) }),
    });
  });
});
