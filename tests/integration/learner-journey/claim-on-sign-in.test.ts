// The fit-quiz claim happens in the sign-in POST (the real sign-in action → Auth.js →
// authorize → lib/actions/auth/after-sign-in.ts), not when a page is opened: a learner's visitor
// attempts join the account on sign-in; staff sign in normally and claim nothing; a wrong
// password claims nothing.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { FIT_QUESTIONS } from "@/lib/content/fit-quiz";
import { recordFitQuizAttempt } from "@/lib/data/learner/fit-quiz";
import { createUser, TEST_PASSWORD } from "../../support/factories";
import { form } from "./support";

const jar = vi.hoisted(() => ({ request: "", set: new Map<string, string>() }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: vi.fn(async () => null) }));
vi.mock("next/headers", () => ({
  headers: vi.fn(async () => new Headers({ host: "localhost:3999", cookie: jar.request, "x-chartpath-socket-address": "127.0.0.1" })),
  cookies: vi.fn(async () => ({ get: () => undefined, set: (name: string, value: string) => void jar.set.set(name, value) })),
}));
vi.mock("next/navigation", async (original) => ({
  ...(await original<typeof import("next/navigation")>()),
  redirect: vi.fn((to: string) => {
    throw Object.assign(new Error(`NEXT_REDIRECT ${to}`), { digest: `NEXT_REDIRECT;replace;${to};307;` });
  }),
}));
const { signInAction } = await import("@/lib/actions/auth/sign-in");

const visitor = "0b9c7f3e-4a55-4d7e-9a1b-2b3c4d5e6f70";
const answers = Object.fromEntries(FIT_QUESTIONS.map((q) => [q.id, 4]));

async function signInWith(email: string, password: string) {
  return signInAction({ status: "idle" }, form({ email, password })).then(
    (r) => r,
    (e: Error) => ({ status: "redirect", to: e.message }),
  );
}

describe("claiming a visitor's quiz on sign-in", () => {
  beforeEach(() => {
    jar.request = `other=1; cp_quiz_visitor=${visitor}`;
    jar.set.clear();
  });

  it("moves this browser's unclaimed attempts onto the learner's account", async () => {
    const learner = await createUser({ email: "quiz-taker@example.test" });
    await recordFitQuizAttempt(null, visitor, answers);
    await recordFitQuizAttempt(null, visitor, answers);
    expect(await signInWith("quiz-taker@example.test", TEST_PASSWORD)).toMatchObject({ status: "redirect" });
    expect([...jar.set.keys()].some((k) => k.includes("session-token"))).toBe(true);
    expect(await db.fitQuizAttempt.count({ where: { userId: learner.id, visitorId: null } })).toBe(2);
    expect(jar.set.get("cp_quiz_visitor")).toBe(""); // this browser's visitor id is forgotten
  });

  it("claims nothing on a wrong password, without the cookie, or for staff (who still sign in)", async () => {
    await createUser({ email: "learner@example.test" });
    await createUser({ email: "advisor@example.test", learner: false });
    const attempt = await recordFitQuizAttempt(null, visitor, answers);
    expect(await signInWith("learner@example.test", "not the password")).toMatchObject({ status: "error" });
    expect(jar.set.has("cp_quiz_visitor")).toBe(false); // a failed sign-in keeps it
    expect(await signInWith("advisor@example.test", TEST_PASSWORD)).toMatchObject({ status: "redirect" });
    jar.request = "other=1";
    expect(await signInWith("learner@example.test", TEST_PASSWORD)).toMatchObject({ status: "redirect" });
    expect(await db.fitQuizAttempt.findUniqueOrThrow({ where: { id: attempt.id } })).toMatchObject({ userId: null, visitorId: visitor });
  });
});
