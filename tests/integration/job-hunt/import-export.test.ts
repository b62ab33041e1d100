// CSV import (per-row errors, all-or-nothing) and CSV export (history, formula neutralization).
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AccessDeniedError, UserInputError } from "@/lib/data/errors";
import { commitImport, previewImport } from "@/lib/data/job-hunt/import";
import { applicationsCsv } from "@/lib/data/job-hunt/export";
import { createApplication } from "@/lib/data/job-hunt/applications";
import { parseCsv } from "@/lib/domain/csv";
import { actors, FIELDS, snapshot } from "./support";

const GOOD = `Employer,Position,Status,Date applied,Remote?,URL,Pay from,Pay to
North Clinic,Coder,Applied,3/2/2026,Remote,https://jobs.example.test/n,"$40,000",45k
"South Hospital, Inc.",Outpatient Coder,Interviewing,2026-03-05,On-site,,,
`;
const BAD = `${GOOD}East Lab,Coder,Hired,2026-03-07,Remote,,,
,Coder,Applied,13/45/2026,Remote,ftp://x,50000,40000
`;
const MAPPING = {
  company: "Employer",
  title: "Position",
  stage: "Status",
  appliedOn: "Date applied",
  workMode: "Remote?",
  link: "URL",
  salaryMin: "Pay from",
  salaryMax: "Pay to",
};

describe("import", () => {
  let who: Awaited<ReturnType<typeof actors>>;
  beforeEach(async () => {
    who = await actors();
  });

  it("previews with per-row errors and imports nothing while any row is bad", async () => {
    const preview = previewImport(who.owner, BAD, MAPPING);
    expect(preview.valid.map((v) => v.rowNumber)).toEqual([2, 3]);
    expect(preview.rowErrors.map((e) => e.rowNumber)).toEqual([4, 5]);
    expect(preview.rowErrors[0]!.messages.join(" ")).toMatch(/Stage “Hired”/);
    expect(preview.rowErrors[1]!.messages.join(" ")).toMatch(/Enter the company/);
    expect(preview.rowErrors[1]!.messages.join(" ")).toMatch(/not a date/);
    await expect(commitImport(who.owner, BAD, MAPPING)).rejects.toBeInstanceOf(UserInputError);
    expect(await db.jobApplication.count()).toBe(0);
  });

  it("imports every row with its history in one go", async () => {
    expect(await commitImport(who.owner, GOOD, MAPPING)).toEqual({ imported: 2 });
    const apps = await db.jobApplication.findMany({
      where: { userId: who.owner.id },
      orderBy: { company: "asc" },
      include: { history: true },
    });
    expect(apps.map((a) => [a.company, a.stage, a.workMode, a.salaryMin, a.salaryMax])).toEqual([
      ["North Clinic", "APPLIED", "REMOTE", 40000, 45000],
      ["South Hospital, Inc.", "INTERVIEWING", "ONSITE", null, null],
    ]);
    expect(apps.map((a) => a.history.length)).toEqual([1, 2]); // South: Applied, then Interviewing
  });

  it("suggests a mapping and states its limits", () => {
    expect(previewImport(who.owner, "Company,Title\nA,B\n").mapping).toMatchObject({ company: "Company", title: "Title" });
    expect(() => previewImport(who.owner, "x".repeat(2_000_001))).toThrow(/larger than 2,000 KB/);
    expect(() => previewImport(who.owner, `Company,Title\n${"A,B\n".repeat(1001)}`)).toThrow(/more than 1,000 rows/);
    expect(() => previewImport(who.owner, "PK\u0003\u0004binary")).toThrow(/doesn't look like a CSV/);
  });

  it("is denied to an advisor without the learner role, writing nothing", async () => {
    const before = await snapshot();
    await expect(commitImport(who.advisor, GOOD, MAPPING)).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await snapshot()).toEqual(before);
  });
});

describe("export", () => {
  it("exports only the actor's applications with history, formulas neutralized", async () => {
    const who = await actors();
    await createApplication(who.owner, { ...FIELDS, company: '=HYPERLINK("http://evil")', appliedOn: "2026-03-01" }, { confirmPhi: false });
    await createApplication(who.other, { ...FIELDS, company: "Someone Else Clinic" }, { confirmPhi: false });
    const csv = await applicationsCsv(who.owner);
    const parsed = parseCsv(csv);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(csv).toContain("'=HYPERLINK");
    expect(csv).not.toContain("Someone Else");
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.rows[0]!.values.History).toBe("2026-03-01 Applied");
    await expect(applicationsCsv(who.advisor)).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

describe("import history", () => {
  it("records Applied before a later imported stage so reports count the submission", async () => {
    const who = await actors();
    await commitImport(who.owner, GOOD, MAPPING);
    const south = await db.jobApplication.findFirstOrThrow({
      where: { company: "South Hospital, Inc." },
      include: { history: { orderBy: { changedAt: "asc" } } },
    });
    expect(south.history.map((h) => h.toStage)).toEqual(["APPLIED", "INTERVIEWING"]);
  });
});
