// Applications through the data layer: version conflicts, stage history, follow-ups, bad input,
// contacts, and other users' ids.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, UserInputError, AccessDeniedError } from "@/lib/data/errors";
import { createApplication, getApplicationFormValues, setFollowUp, updateApplication } from "@/lib/data/job-hunt/applications";
import { moveApplicationStage } from "@/lib/data/job-hunt/stages";
import { addContact } from "@/lib/data/job-hunt/contacts";
import { getApplicationDetail, listApplications } from "@/lib/data/job-hunt/board";
import { applicationFieldsSchema } from "@/lib/domain/application-schema";
import { actors, FIELDS, makeApplication, snapshot } from "./support";

describe("applications", () => {
  let who: Awaited<ReturnType<typeof actors>>;
  beforeEach(async () => {
    who = await actors();
  });

  it("creates with a first history row; a second tab's stale save is a conflict carrying the saved values", async () => {
    const { id } = await createApplication(who.owner, FIELDS, { confirmPhi: false });
    const tabA = await getApplicationFormValues(who.owner, id);
    const tabB = await getApplicationFormValues(who.owner, id);
    await updateApplication(who.owner, id, Number(tabA.version), { ...FIELDS, notes: "from tab A" }, false);
    const err = await updateApplication(who.owner, id, Number(tabB.version), { ...FIELDS, notes: "from tab B" }, false).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as ConflictError).current).toMatchObject({ notes: "from tab A", version: "1" });
    const saved = await db.jobApplication.findUniqueOrThrow({ where: { id } });
    expect(saved.notes).toBe("from tab A"); // tab B did not overwrite silently
    await updateApplication(who.owner, id, 1, { ...FIELDS, notes: "from tab B, re-applied" }, false);
    expect((await db.jobApplication.findUniqueOrThrow({ where: { id } })).notes).toBe("from tab B, re-applied");
    expect(await db.applicationStageChange.count({ where: { applicationId: id } })).toBe(1);
  });

  it("moves stages with dated history, refuses no-op and back-dated moves", async () => {
    const app = await makeApplication(who.owner.id, { daysAgo: 5 });
    await moveApplicationStage(who.owner, app.id, "APPLIED");
    await expect(moveApplicationStage(who.owner, app.id, "APPLIED")).rejects.toBeInstanceOf(UserInputError);
    await expect(moveApplicationStage(who.owner, app.id, "INTERVIEWING", "2020-01-01")).rejects.toThrow(/before the last change/);
    await expect(moveApplicationStage(who.owner, app.id, "INTERVIEWING", "2999-01-01")).rejects.toThrow(/in the future/);
    await moveApplicationStage(who.owner, app.id, "INTERVIEWING");
    const detail = await getApplicationDetail(who.owner, app.id);
    expect(detail.history.map((h) => h.toStage)).toEqual(["SAVED", "APPLIED", "INTERVIEWING"]);
    expect(detail.stage).toBe("INTERVIEWING");
    expect(detail.appliedOn).not.toBeNull();
  });

  it("refuses a board move whose starting stage is stale, as a conflict carrying the stored stage", async () => {
    const app = await makeApplication(who.owner.id);
    await moveApplicationStage(who.owner, app.id, "APPLIED", undefined, "SAVED"); // what the board saw
    const err = await moveApplicationStage(who.owner, app.id, "INTERVIEWING", undefined, "SAVED").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as ConflictError).current).toEqual({ stage: "APPLIED" });
    const detail = await getApplicationDetail(who.owner, app.id);
    expect(detail.stage).toBe("APPLIED");
    expect(detail.history.map((h) => h.toStage)).toEqual(["SAVED", "APPLIED"]);
  });

  it("rejects bad input with clear messages", () => {
    const bad = applicationFieldsSchema.safeParse({
      ...FIELDS,
      link: "javascript:alert(1)",
      salaryMin: "50000",
      salaryMax: "40000",
      appliedOn: "2026-02-30",
      notes: "x".repeat(5_001),
    });
    expect(bad.success).toBe(false);
    const messages = bad.error!.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^link: .*http/),
        expect.stringMatching(/^appliedOn: .*real date/),
        expect.stringMatching(/^notes: .*5,000/),
      ]),
    );
    const salary = applicationFieldsSchema.safeParse({ ...FIELDS, salaryMin: 50000, salaryMax: 40000 });
    expect(salary.error?.issues[0]).toMatchObject({ path: ["salaryMax"], message: expect.stringMatching(/at least the minimum/) });
  });

  it("asks for confirmation before saving likely patient identifiers", async () => {
    await expect(
      createApplication(who.owner, { ...FIELDS, notes: "Patient: John Smith DOB 03/14/1962 MRN 00123456" }, { confirmPhi: false }),
    ).rejects.toThrow(/patient/);
    expect(await db.jobApplication.count()).toBe(0);
    await createApplication(who.owner, { ...FIELDS, notes: "Patient: John Smith DOB 03/14/1962 MRN 00123456" }, { confirmPhi: true });
    expect(await db.jobApplication.count()).toBe(1);
  });

  it("never touches another user's application, and advisors without the learner role get nothing", async () => {
    const app = await makeApplication(who.owner.id);
    const before = await snapshot();
    await expect(updateApplication(who.other, app.id, 0, FIELDS, false)).rejects.toBeInstanceOf(NotFoundError);
    await expect(moveApplicationStage(who.other, app.id, "APPLIED")).rejects.toBeInstanceOf(NotFoundError);
    await expect(setFollowUp(who.other, app.id, "2030-01-01")).rejects.toBeInstanceOf(NotFoundError);
    await expect(addContact(who.other, app.id, { name: "X", role: "RECRUITER" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getApplicationDetail(who.other, app.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listApplications(who.advisor)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(createApplication(who.advisor, FIELDS, { confirmPhi: false })).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await listApplications(who.other)).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  it("filters, searches and sorts the list in SQL", async () => {
    await makeApplication(who.owner.id, { company: "Zeta Billing", stage: "APPLIED" });
    await makeApplication(who.owner.id, { company: "Alpha Coding" });
    await makeApplication(who.other.id, { company: "Alpha Other" });
    expect((await listApplications(who.owner, { sort: "company" })).map((a) => a.company)).toEqual(["Alpha Coding", "Zeta Billing"]);
    expect((await listApplications(who.owner, { q: "alpha" })).map((a) => a.company)).toEqual(["Alpha Coding"]);
    expect((await listApplications(who.owner, { stage: "APPLIED" })).map((a) => a.company)).toEqual(["Zeta Billing"]);
  });
});
