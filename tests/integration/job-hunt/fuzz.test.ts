// Every job-hunt action fed generated bad input (huge strings, wrong types, __proto__, Unicode,
// NaN): the answer is a validation or not-found error — never an unexpected error — and
// another user's rows never change.
import { describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import type { CurrentUser } from "@/lib/auth/current-user";
import { actors, makeApplication, snapshot } from "./support";

const session = vi.hoisted(() => ({ actor: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({
  getCurrentUser: vi.fn(async () => session.actor),
  requireUser: vi.fn(async () => session.actor),
}));

const MODULES = [
  "save-resume",
  "set-checklist-mark",
  "analyze-match",
  "save-match",
  "create-application",
  "update-application",
  "delete-application",
  "move-application-stage",
  "set-follow-up",
  "add-contact",
  "remove-contact",
  "create-portfolio-item",
  "delete-portfolio-item",
  "import-applications",
];
const KEYS = [
  "id",
  "applicationId",
  "contactId",
  "version",
  "company",
  "title",
  "roleType",
  "workMode",
  "source",
  "link",
  "salaryMin",
  "salaryMax",
  "appliedOn",
  "followUpOn",
  "stage",
  "on",
  "text",
  "list",
  "itemKey",
  "checked",
  "jobDescription",
  "confirmPhi",
  "name",
  "role",
  "email",
  "phone",
  "body",
  "csv",
  "mapped",
  "intent",
  "map_company",
  "__proto__",
  "constructor",
  "userId",
];
const value = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 50 }),
  fc.constantFrom("NaN", "-1", "1e309", "2026-02-30", "javascript:alert(1)", "__proto__", "on", "true", ""),
  fc.string({ minLength: 60_000, maxLength: 60_001 }).map((s) => s.padEnd(60_000, "x")),
);

describe("fuzzed action input", () => {
  it("answers with a clear error, never an unexpected one, and leaves other users' rows alone", async () => {
    // Set up inside the test: the integration setup empties the database before each test.
    const who = await actors();
    const fuzzer = who.other;
    const victimApp = (await makeApplication(who.owner.id)).id;
    const actions = await Promise.all(
      MODULES.map(
        async (m) =>
          Object.values(await import(`@/lib/actions/job-hunt/${m}`))[0] as (
            p: never,
            f: FormData,
          ) => Promise<{ status: string; formError?: string }>,
      ),
    );
    const before = (await snapshot()).apps.filter((a) => a.id === victimApp);
    session.actor = fuzzer;
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: actions.length - 1 }),
        fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 8 }),
        fc.boolean(),
        async (i, fields, useVictim) => {
          const fd = new FormData();
          for (const [k, v] of Object.entries(fields)) fd.append(k, v);
          if (useVictim) {
            fd.set("id", victimApp);
            fd.set("applicationId", victimApp);
          }
          tried += 1;
          try {
            const result = await actions[i]!(undefined as never, fd);
            expect(result.formError ?? "").not.toMatch(/Something went wrong/);
          } catch (e) {
            expect(String((e as { digest?: string }).digest ?? e)).toMatch(/NEXT_REDIRECT/); // a successful create redirects
          }
        },
      ),
      { numRuns: 100 },
    );
    expect(tried).toBeGreaterThanOrEqual(100);
    expect((await snapshot()).apps.filter((a) => a.id === victimApp)).toEqual(before);
  }, 120_000);
});
