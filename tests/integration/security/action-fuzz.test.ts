// Property test over EVERY server action: arbitrary form input (huge strings, wrong types,
// __proto__, NaN, odd Unicode, injected ids) never makes an action throw (a 5xx), and an
// action that answers with an error has written nothing.
import fc from "fast-check";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { actorFor, createOrg, createUser } from "../../support/factories";
import { discoverActions } from "../../support/action-discovery";
import { tableCounts } from "../../support/action-matrix";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user, requireUser: async () => session.user }));
vi.mock("@/lib/actions/auth/auth-js", () => ({ auth: async () => null, signIn: async () => undefined, signOut: async () => undefined }));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
vi.mock("next/headers", () => {
  const jar = new Map<string, string>();
  return {
    cookies: async () => ({
      get: (k: string) => (jar.has(k) ? { name: k, value: jar.get(k) } : undefined),
      set: (k: string, v: string) => void jar.set(k, v),
      delete: (k: string) => void jar.delete(k),
      has: (k: string) => jar.has(k),
    }),
    headers: async () => new Headers({ "x-forwarded-for": "192.0.2.10" }),
  };
});

const FIELD_NAMES = [
  "email",
  "password",
  "name",
  "token",
  "cohortId",
  "organizationId",
  "learnerId",
  "membershipId",
  "body",
  "visibility",
  "role",
  "startDate",
  "endDate",
  "date",
  "questions",
  "correct",
  "minutes",
  "topic",
  "company",
  "title",
  "stage",
  "link",
  "salaryMin",
  "salaryMax",
  "text",
  "id",
  "userId",
  "version",
  "path",
  "credentialCode",
  "routeCode",
  "persona",
  "confirm",
  "confirmPhi",
  "consent",
  "__proto__",
  "constructor",
  "prototype",
  "$ACTION_ID_x",
];
const NASTY = [
  "",
  " ",
  "NaN",
  "-1",
  "0",
  "1e309",
  "Infinity",
  "2026-02-30",
  "9999-12-31",
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  '\'; DROP TABLE "User";--',
  '=HYPERLINK("http://x")',
  "\u0000",
  "\uD800",
  "on",
  "true",
  "null",
  "{}",
  "[]",
  "a".repeat(70_000),
];

const formArb = fc.array(
  fc.tuple(
    fc.oneof(fc.constantFrom(...FIELD_NAMES), fc.string({ maxLength: 20 })),
    fc.oneof(
      fc.constantFrom(...NASTY),
      fc.string({ maxLength: 300 }),
      fc.string({ unit: "grapheme", maxLength: 50 }),
      fc.integer().map(String),
    ),
  ),
  { maxLength: 12 },
);

const isNextSignal = (e: unknown) =>
  typeof (e as { digest?: unknown })?.digest === "string" &&
  /^NEXT_(REDIRECT|HTTP_ERROR_FALLBACK|NOT_FOUND)/.test((e as { digest: string }).digest);

const actions = await discoverActions();
let inputsTried = 0;

describe("server actions under arbitrary input", () => {
  beforeEach(async () => {
    // A learner who also runs a program, so every action gets past its permission gate and the
    // input itself is what is being tried.
    const user = await createUser({ name: "Fuzz Learner" });
    const org = await createOrg();
    await db.membership.create({ data: { organizationId: org.id, userId: user.id, role: "ADMIN" } });
    session.user = actorFor(user, ["learner", "advisor", "admin"], { admin: [org.id], advisor: [org.id] });
  });

  afterAll(() => {
    console.log(`[fuzz] ${actions.length} actions, ${inputsTried} inputs, 0 unhandled errors`);
  });

  it("discovers the app's actions", () => {
    expect(actions.length).toBeGreaterThan(10);
  });

  for (const a of actions) {
    it(`${a.name} (${a.file}) never throws and writes nothing when it refuses`, async () => {
      const action = a.run;
      await fc.assert(
        fc.asyncProperty(formArb, async (entries) => {
          inputsTried++;
          const fd = new FormData();
          for (const [k, v] of entries) fd.append(k, v);
          const before = await tableCounts();
          let result: Awaited<ReturnType<typeof action>> | undefined;
          try {
            result = await action({ status: "idle" }, fd);
          } catch (error) {
            if (isNextSignal(error)) return;
            throw error;
          }
          expect(["ok", "error"]).toContain(result.status);
          // The action helper turns crashes into "Something went wrong (ref …)": that is a 5xx.
          if (result.status === "error") expect(result.code).not.toBe("unexpected");
          if (result.status === "error") expect(await tableCounts()).toBe(before);
        }),
        { numRuns: 12, seed: 20261127 },
      );
    });
  }
});
