// Schema-valid inputs for every job-hunt action, naming the owner's rows they work on: the
// generated access matrix (permission-matrix.test.ts) and the row-scoping test
// (actions.test.ts) both send them.
import { db } from "@/lib/db";
import type { ActionFixture } from "../../support/action-matrix";
import { actorFor, createUser } from "../../support/factories";
import { makeApplication } from "./support";

export interface JobHuntRows {
  appId: string;
  contactId: string;
  portfolioId: string;
}
export interface JobHuntCase {
  name: string;
  /** The exported action (lib/actions/job-hunt). */
  action: string;
  input: (f: JobHuntRows) => Record<string, string | Blob>;
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

export const JOB_HUNT_CASES: JobHuntCase[] = [
  { name: "saveResume", action: "saveResumeAction", input: () => ({ text: "CPC-A with ICD-10-CM and CPT" }) },
  {
    name: "setChecklistMark",
    action: "setChecklistMarkAction",
    input: () => ({ list: "remote-readiness", itemKey: "SHREDDER", checked: "true" }),
  },
  {
    name: "analyzeMatch (read-only)",
    action: "analyzeMatchAction",
    input: () => ({ jobDescription: "CPC required; ICD-10-CM and CPT." }),
  },
  {
    name: "saveMatch on the owner's application",
    action: "saveMatchAction",
    input: (f) => ({ jobDescription: "CPC required; Epic.", applicationId: f.appId }),
  },
  {
    name: "saveMatch as a new application",
    action: "saveMatchAction",
    input: () => ({ jobDescription: "CPC required; Epic.", ...APP_FIELDS }),
  },
  { name: "createApplication", action: "createApplicationAction", input: () => APP_FIELDS },
  { name: "updateApplication", action: "updateApplicationAction", input: (f) => ({ id: f.appId, version: "0", ...APP_FIELDS }) },
  { name: "deleteApplication", action: "deleteApplicationAction", input: (f) => ({ id: f.appId }) },
  { name: "moveApplicationStage", action: "moveApplicationStageAction", input: (f) => ({ id: f.appId, stage: "APPLIED" }) },
  { name: "setFollowUp", action: "setFollowUpAction", input: (f) => ({ id: f.appId, followUpOn: "2030-01-15" }) },
  {
    name: "addContact",
    action: "addContactAction",
    input: (f) => ({ applicationId: f.appId, name: "Kim Recruiter", role: "RECRUITER", email: "kim@example.test" }),
  },
  { name: "removeContact", action: "removeContactAction", input: (f) => ({ applicationId: f.appId, contactId: f.contactId }) },
  {
    name: "createPortfolioItem",
    action: "createPortfolioItemAction",
    input: () => ({ title: "E/M exercise", body: "Invented scenario; 99213 with E11.40." }),
  },
  { name: "deletePortfolioItem", action: "deletePortfolioItemAction", input: (f) => ({ id: f.portfolioId }) },
  {
    name: "importApplications (commit)",
    action: "importApplicationsAction",
    input: () => ({ csv: CSV, mapped: "true", map_company: "Company", map_title: "Title", map_stage: "Status", intent: "import" }),
  },
];

/** The owner's application (with a contact) and portfolio item that the cases name. */
export async function jobHuntRows(ownerId: string): Promise<JobHuntRows> {
  const app = await makeApplication(ownerId);
  const contact = await db.applicationContact.create({ data: { applicationId: app.id, name: "Pat Recruiter", role: "RECRUITER" } });
  const item = await db.portfolioItem.create({ data: { userId: ownerId, title: "Case", body: "Invented." } });
  return { appId: app.id, contactId: contact.id, portfolioId: item.id };
}

/** The matrix fixtures: one case per action, sent by a fresh learner who owns the rows. */
export const JOB_HUNT_FIXTURES: Record<string, ActionFixture> = Object.fromEntries(
  [...new Map(JOB_HUNT_CASES.map((c) => [c.action, c])).values()].map((c) => [
    c.action,
    async () => {
      const owner = actorFor(await createUser({ name: "Owner Learner" }), ["learner"]);
      return { actor: owner, form: c.input(await jobHuntRows(owner.id)) };
    },
  ]),
);
