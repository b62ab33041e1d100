// Abuse suite for the work budget of every input path (QUALITY.md §25): each limit answers with a
// clear error and changes nothing in the database. Timings are measured in the benchmark
// (tests/bench/input-budgets.bench.test.ts), never asserted here.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import type { CurrentUser } from "@/lib/auth/current-user";
import { actorFor, createUser } from "../../support/factories";
import { dbFingerprint } from "../../support/db-fingerprint";
import { lyingZipBombDocx, zipBombDocx } from "../../support/zip-bomb";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null, redirectTo: [] as string[] }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user, requireUser: async () => session.user }));
vi.mock("@/lib/actions/auth/auth-js", () => ({
  auth: async () => null,
  signOut: async () => undefined,
  signIn: async (_provider: string, options: { redirectTo: string }) => void session.redirectTo.push(options.redirectTo),
}));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined, has: () => false }),
  headers: async () => new Headers(),
}));

const { signInAction } = await import("@/lib/actions/auth/sign-in");
const { saveResumeAction } = await import("@/lib/actions/job-hunt/save-resume");
const { proxy } = await import("@/proxy");

// The stated budget (lib/actions/form-input.ts), written out so this suite also runs against
// code that predates it and fails there.
const MAX_FIELDS = 200;
const MAX_VALUE_BYTES = 256 * 1024;
const MAX_TOTAL_BYTES = 2 * 1024 * 1024;
const idle = { status: "idle" } as const;
const form = (entries: [string, string | File][]) => {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
};
const signInForm = (extra: [string, string][] = []) =>
  form([["email", "learner@example.test"], ["password", "correct horse battery"], ...extra]);

/** Runs `act` and expects it to refuse with `message` while the database stays exactly as it was. */
async function refusesWithoutWriting(act: () => Promise<unknown>, message: RegExp) {
  const before = await dbFingerprint();
  const result = (await act()) as { status: string; formError?: string; fieldErrors?: Record<string, string[]> };
  expect(result.status).toBe("error");
  expect([result.formError, ...Object.values(result.fieldErrors ?? {}).flat()].join(" ")).toMatch(message);
  expect(await dbFingerprint()).toEqual(before);
  return result;
}

beforeEach(async () => {
  session.redirectTo = [];
  session.user = actorFor(await createUser({ name: "Budget Learner" }), ["learner"]);
});

describe("form budget (before any parsing or check)", () => {
  it("refuses 20,000 repeats of one name on the public sign-in action, echoing nothing", async () => {
    const repeated = Array.from({ length: 20_000 }, (): [string, string] => ["_1_a", "x"]);
    const result = await refusesWithoutWriting(() => signInAction(idle, signInForm(repeated)), /more than 20 times/);
    expect(result).toMatchObject({ values: {} });
    expect(session.redirectTo).toEqual([]);
  });

  it("refuses more fields than the budget, all with distinct names", async () => {
    const many = Array.from({ length: MAX_FIELDS + 1 }, (_, i): [string, string] => [`f${i}`, "x"]);
    await refusesWithoutWriting(() => signInAction(idle, signInForm(many)), /more than 200 fields/);
  });

  it("refuses an oversized value and an oversized form on a signed-in action", async () => {
    const big = "a".repeat(MAX_VALUE_BYTES + 1);
    await refusesWithoutWriting(() => saveResumeAction(idle as never, form([["text", big]])), /larger than 256 KB/);
    const file = new File([new Uint8Array(MAX_TOTAL_BYTES)], "resume.txt");
    await refusesWithoutWriting(
      () =>
        saveResumeAction(
          idle as never,
          form([
            ["text", "x"],
            ["file", file],
          ]),
        ),
      /larger than 2,048 KB/,
    );
  });

  it("refuses an action call whose argument is not a form", async () => {
    await refusesWithoutWriting(() => signInAction(idle, "not a form" as unknown as FormData), /did not send a form/);
  });

  it("still accepts an ordinary sign-in form", async () => {
    await signInAction(idle, signInForm([["callbackUrl", "/learner/plan"]]));
    expect(session.redirectTo).toEqual(["/learner/plan"]);
  });
});

describe(".docx resume upload (checked before mammoth inflates anything)", () => {
  const upload = (bytes: Buffer) => saveResumeAction(idle as never, form([["file", new File([new Uint8Array(bytes)], "resume.docx")]]));

  it("refuses a zip bomb (8 KB → 5 MB of XML) with a field error on the file and stores nothing", async () => {
    const result = await refusesWithoutWriting(() => upload(zipBombDocx()), /too large to read: a part expands more than 100×/);
    expect(result.fieldErrors?.file?.[0]).toMatch(/too large to read/);
  });

  it("refuses a bomb whose headers understate its size (jszip would throw outside any try once inflated)", async () => {
    await refusesWithoutWriting(() => upload(lyingZipBombDocx(2_000_000)), /larger than the archive says/);
  });
});

describe("callbackUrl", () => {
  it("drops a callbackUrl with a line break or control character (it becomes the Location header)", async () => {
    for (const bad of ["/home\r\nSet-Cookie: x=1", "/home\nfoo", "/home\u0000", "/a\tb"])
      await signInAction(idle, signInForm([["callbackUrl", bad]]));
    expect(session.redirectTo).toEqual(["/home", "/home", "/home", "/home"]);
  });
});

describe("malformed multipart bodies (proxy.ts, before Next parses them)", () => {
  const post = (
    body: string,
    contentType = "multipart/form-data; boundary=XYZ",
    headers: Record<string, string> = { "next-action": "abc" },
  ) =>
    proxy(new NextRequest("http://localhost:3999/sign-in", { method: "POST", body, headers: { "content-type": contentType, ...headers } }));

  it("answers 400 for a truncated body, a missing boundary or a part without headers", async () => {
    const before = await dbFingerprint();
    const truncated = await post('--XYZ\r\nContent-Disposition: form-data; name="a"\r\n\r\nbroken');
    expect(truncated.status).toBe(400);
    expect(await truncated.text()).toMatch(/closing boundary/);
    expect((await post("garbage", "multipart/form-data")).status).toBe(400);
    expect((await post("--XYZ\r\n\r\nx\r\n--XYZ--\r\n", undefined, {})).status).toBe(400);
    expect(await dbFingerprint()).toEqual(before);
  });

  it("answers 413 for a body over the action body limit and lets a well-formed form through", async () => {
    expect(
      (await post(`--XYZ\r\nContent-Disposition: form-data; name="a"\r\n\r\n${"a".repeat(MAX_TOTAL_BYTES)}\r\n--XYZ--\r\n`)).status,
    ).toBe(413);
    const ok = await post('--XYZ\r\nContent-Disposition: form-data; name="a"\r\n\r\n\r\n--XYZ--\r\n');
    expect(ok.status).toBe(200);
    expect(ok.headers.get("x-middleware-next")).toBe("1");
  });
});
