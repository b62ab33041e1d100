// Every job-hunt server action, called as a direct POST would call it: the owner succeeds;
// another learner passing the owner's ids, an advisor without the learner role, and no session
// all get an error and write nothing.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { actors, form, makeApplication, snapshot } from "./support";

const session = vi.hoisted(() => ({ actor: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({
  getCurrentUser: vi.fn(async () => session.actor),
  requireUser: vi.fn(async () => session.actor),
}));

const { saveResumeAction } = await import("@/lib/actions/job-hunt/save-resume");
const { setChecklistMarkAction } = await import("@/lib/actions/job-hunt/set-checklist-mark");
const { analyzeMatchAction } = await import("@/lib/actions/job-hunt/analyze-match");
const { saveMatchAction } = await import("@/lib/actions/job-hunt/save-match");
const { createApplicationAction } = await import("@/lib/actions/job-hunt/create-application");
const { updateApplicationAction } = await import("@/lib/actions/job-hunt/update-application");
const { deleteApplicationAction } = await import("@/lib/actions/job-hunt/delete-application");
const { moveApplicationStageAction } = await import("@/lib/actions/job-hunt/move-application-stage");
const { setFollowUpAction } = await import("@/lib/actions/job-hunt/set-follow-up");
const { addContactAction } = await import("@/lib/actions/job-hunt/add-contact");
const { removeContactAction } = await import("@/lib/actions/job-hunt/remove-contact");
const { createPortfolioItemAction } = await import("@/lib/actions/job-hunt/create-portfolio-item");
const { deletePortfolioItemAction } = await import("@/lib/actions/job-hunt/delete-portfolio-item");
const { importApplicationsAction } = await import("@/lib/actions/job-hunt/import-applications");

type Action = (prev: never, fd: FormData) => Promise<{ status: string }>;
interface Fixture {
  appId: string;
  contactId: string;
  portfolioId: string;
}
interface Case {
  name: string;
  action: Action;
  input: (f: Fixture) => Record<string, string | Blob>;
  redirects?: boolean;
}

const APP_FIELDS = {
  company: "Summit Billing",
  title: "Coder II",
  roleType: "OUTPATIENT_CODER",
  workMode: "HYBRID",
  source: "LINKEDIN",
  link: "https://jobs.example.test/2",
};
const CSV = "Company,Title,Status\nNorth Clinic,Coder,Applied\n";

const CASES: Case[] = [
  { name: "saveResume", action: saveResumeAction as Action, input: () => ({ text: "CPC-A with ICD-10-CM and CPT" }) },
  {
    name: "setChecklistMark",
    action: setChecklistMarkAction as Action,
    input: () => ({ list: "remote-readiness", itemKey: "SHREDDER", checked: "true" }),
  },
  {
    name: "analyzeMatch (read-only)",
    action: analyzeMatchAction as Action,
    input: () => ({ jobDescription: "CPC required; ICD-10-CM and CPT." }),
  },
  {
    name: "saveMatch on the owner's application",
    action: saveMatchAction as Action,
    input: (f) => ({ jobDescription: "CPC required; Epic.", applicationId: f.appId }),
    redirects: true,
  },
  {
    name: "saveMatch as a new application",
    action: saveMatchAction as Action,
    input: () => ({ jobDescription: "CPC required; Epic.", ...APP_FIELDS }),
    redirects: true,
  },
  { name: "createApplication", action: createApplicationAction as Action, input: () => APP_FIELDS, redirects: true },
  { name: "updateApplication", action: updateApplicationAction as Action, input: (f) => ({ id: f.appId, version: "0", ...APP_FIELDS }) },
  { name: "deleteApplication", action: deleteApplicationAction as Action, input: (f) => ({ id: f.appId }), redirects: true },
  { name: "moveApplicationStage", action: moveApplicationStageAction as Action, input: (f) => ({ id: f.appId, stage: "APPLIED" }) },
  { name: "setFollowUp", action: setFollowUpAction as Action, input: (f) => ({ id: f.appId, followUpOn: "2030-01-15" }) },
  {
    name: "addContact",
    action: addContactAction as Action,
    input: (f) => ({ applicationId: f.appId, name: "Kim Recruiter", role: "RECRUITER", email: "kim@example.test" }),
  },
  { name: "removeContact", action: removeContactAction as Action, input: (f) => ({ applicationId: f.appId, contactId: f.contactId }) },
  {
    name: "createPortfolioItem",
    action: createPortfolioItemAction as Action,
    input: () => ({ title: "E/M exercise", body: "Invented scenario; 99213 with E11.40." }),
  },
  { name: "deletePortfolioItem", action: deletePortfolioItemAction as Action, input: (f) => ({ id: f.portfolioId }) },
  {
    name: "importApplications (commit)",
    action: importApplicationsAction as Action,
    input: () => ({ csv: CSV, mapped: "true", map_company: "Company", map_title: "Title", map_stage: "Status", intent: "import" }),
  },
];

async function fixture(ownerId: string): Promise<Fixture> {
  const app = await makeApplication(ownerId);
  const contact = await db.applicationContact.create({ data: { applicationId: app.id, name: "Pat Recruiter", role: "RECRUITER" } });
  const item = await db.portfolioItem.create({ data: { userId: ownerId, title: "Case", body: "Invented." } });
  return { appId: app.id, contactId: contact.id, portfolioId: item.id };
}

async function call(c: Case, f: Fixture) {
  try {
    return await c.action(undefined as never, form(c.input(f)));
  } catch (e) {
    if (c.redirects && /NEXT_REDIRECT/.test(String((e as Error).message ?? (e as { digest?: string }).digest))) return { status: "ok" };
    throw e;
  }
}

describe("job-hunt actions", () => {
  let who: Awaited<ReturnType<typeof actors>>;
  beforeEach(async () => {
    who = await actors();
    session.actor = null;
  });

  for (const c of CASES) {
    it(`${c.name}: the owner succeeds`, async () => {
      const f = await fixture(who.owner.id);
      session.actor = who.owner;
      const result = await call(c, f);
      expect(result).toMatchObject({ status: "ok" });
    });

    it(`${c.name}: another learner, an advisor and no session are denied and nothing is written`, async () => {
      const f = await fixture(who.owner.id);
      const before = await snapshot();
      for (const actor of [who.other, who.advisor, null]) {
        session.actor = actor;
        const result = await call(c, f);
        // Read-only analysis is allowed for any learner (their own resume); never for others.
        if (
          c.name.startsWith("analyzeMatch") ||
          (actor === who.other && !c.input(f).id && !c.input(f).applicationId && !c.input(f).contactId)
        ) {
          if (actor !== who.other) expect(result).toMatchObject({ status: "error" });
          continue;
        }
        expect(result, `${c.name} as ${actor?.name ?? "anonymous"}`).toMatchObject({ status: "error" });
      }
      // The owner's rows are untouched (another learner may only have created rows of their own).
      const after = await snapshot();
      const mine = (s: typeof before) => ({
        ...s,
        apps: s.apps.filter((a) => a.userId === who.owner.id),
        changes: s.changes.filter((c2) => c2.userId === who.owner.id),
        resumes: s.resumes.filter((r) => r.userId === who.owner.id),
        marks: s.marks.filter((m) => m.userId === who.owner.id),
        portfolio: s.portfolio.filter((p) => p.userId === who.owner.id),
      });
      expect(mine(after)).toEqual(mine(before));
      expect(after.apps.filter((a) => a.userId === who.advisor.id)).toEqual([]);
    });
  }
});
