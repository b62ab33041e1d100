// The public quiz action: a visitor gets a random httpOnly cookie id and the attempt is kept
// under it; a signed-in learner's attempt goes on the account; bad answers write nothing.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { FIT_QUESTIONS } from "@/lib/content/fit-quiz";
import { form, journeyActors, journeySnapshot } from "./support";

const state = vi.hoisted(() => ({
  user: null as CurrentUser | null,
  jar: new Map<string, { value: string; options?: Record<string, unknown> }>(),
}));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: vi.fn(async () => state.user) }));
vi.mock("next/headers", () => ({
  cookies: vi.fn(async () => ({
    get: (name: string) => (state.jar.has(name) ? { name, value: state.jar.get(name)!.value } : undefined),
    set: (name: string, value: string, options?: Record<string, unknown>) => {
      state.jar.set(name, { value, options });
    },
  })),
}));
vi.mock("next/navigation", async (original) => ({
  ...(await original<typeof import("next/navigation")>()),
  redirect: vi.fn((to: string) => {
    throw Object.assign(new Error(`NEXT_REDIRECT ${to}`), { digest: `NEXT_REDIRECT;replace;${to};307;` });
  }),
}));
const { submitFitQuizAction } = await import("@/lib/actions/learner/submit-fit-quiz");

const answers = Object.fromEntries(FIT_QUESTIONS.map((q) => [q.id, "4"]));

async function submit(values: Record<string, string>) {
  return submitFitQuizAction({ status: "idle" }, form(values)).then(
    (r) => r,
    (e: Error) => ({ status: "redirect", to: e.message }),
  );
}

describe("submitFitQuizAction", () => {
  beforeEach(() => {
    state.user = null;
    state.jar.clear();
  });

  it("a visitor gets an httpOnly cookie and the attempt is kept under it", async () => {
    expect(await submit(answers)).toEqual({ status: "redirect", to: "NEXT_REDIRECT /quiz/result" });
    const cookie = state.jar.get("cp_quiz_visitor");
    expect(cookie?.options).toMatchObject({ httpOnly: true, sameSite: "lax" });
    expect(await db.fitQuizAttempt.findFirst({ where: { visitorId: cookie!.value, userId: null } })).not.toBeNull();
    await submit(answers); // a retake reuses the same cookie
    expect(await db.fitQuizAttempt.count({ where: { visitorId: cookie!.value } })).toBe(2);
  });

  it("a signed-in learner's attempt is stored on the account without a cookie", async () => {
    const { owner } = await journeyActors();
    state.user = owner;
    await submit(answers);
    expect(await db.fitQuizAttempt.count({ where: { userId: owner.id, visitorId: null } })).toBe(1);
    expect(state.jar.size).toBe(0);
  });

  it("missing or out-of-range answers get field errors and nothing is written", async () => {
    const before = await journeySnapshot();
    const result = await submit({ ...answers, "scale-timeline": "9", "checklist-detail": "" });
    expect(result).toMatchObject({ status: "error", fieldErrors: { "scale-timeline": ["Choose one of the offered answers."] } });
    expect(await journeySnapshot()).toBe(before);
  });
});
