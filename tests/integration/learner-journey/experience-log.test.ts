// The experience log against a real database: bad periods are refused field by field with
// nothing written, another learner cannot edit or delete yours, edits are version-checked, the
// log is capped, and the credential page, dashboard and advisor read the same route progress.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { ConflictError, NotFoundError, UserInputError } from "@/lib/data/errors";
import {
  addExperiencePeriod,
  deleteExperiencePeriod,
  getExperienceLog,
  outlookFor,
  updateExperiencePeriod,
} from "@/lib/data/learner/experience";
import { getLearnerDashboard, getLearnerDashboardForStaff } from "@/lib/data/learner/dashboard";
import { programWorld } from "../../support/program-world";
import { recordExamAttempt } from "@/lib/data/learner/credential";
import { MAX_EXPERIENCE_PERIODS, type ExternshipPeriod, type JobPeriod } from "@/lib/domain/experience";
import { addDays, fromUtcDate } from "@/lib/domain/dates";
import { callAction } from "../../support/action-matrix";
import { discoverActions } from "../../support/action-discovery";
import { journeyActors, journeySnapshot } from "./support";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({
  getCurrentUser: vi.fn(async () => session.user),
  requireUser: vi.fn(async () => session.user),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined, unstable_cache: (f: unknown) => f }));

const actions = new Map((await discoverActions("lib/actions/learner")).map((a) => [a.name, a.run]));
const today = fromUtcDate(new Date());

async function call(name: string, user: CurrentUser, values: Parameters<typeof callAction>[1]) {
  session.user = user;
  return callAction(actions.get(name)!, values);
}

const job: JobPeriod = {
  kind: "JOB",
  employer: "Lakeside Clinic",
  title: "Coder",
  startedOn: "2024-01-01",
  endedOn: "2024-12-31",
  hoursPerWeek: 40,
  shareCoding: 100,
  codeSets: ["CPT"],
};
const externship: ExternshipPeriod = {
  kind: "EXTERNSHIP",
  site: "Mercy Billing Office",
  supervisorName: "Dana Ortiz",
  startedOn: "2024-06-01",
  endedOn: "2024-06-30",
  totalHours: 120,
  tasks: "Charge entry",
  shareCoding: 70,
};

async function errorOf(p: Promise<unknown>) {
  return p.then(
    () => null,
    (e: unknown) => e,
  );
}

beforeEach(() => {
  session.user = null;
});

describe("experience log: data layer", () => {
  it("refuses bad periods field by field and writes nothing", async () => {
    const { owner } = await journeyActors();
    const before = await journeySnapshot();
    const future = await errorOf(addExperiencePeriod(owner, { ...job, startedOn: addDays(today, 1), endedOn: null }));
    expect(future).toBeInstanceOf(UserInputError);
    expect((future as UserInputError).fieldErrors.startedOn?.[0]).toMatch(/in the future/);
    const backwards = await errorOf(addExperiencePeriod(owner, { ...job, endedOn: "2023-12-31", hoursPerWeek: 81 }));
    expect(Object.keys((backwards as UserInputError).fieldErrors).sort()).toEqual(["endedOn", "hoursPerWeek"]);
    await addExperiencePeriod(owner, job);
    const duplicate = await errorOf(addExperiencePeriod(owner, { ...job, startedOn: "2024-06-01" }));
    expect((duplicate as UserInputError).fieldErrors.startedOn?.[0]).toMatch(/overlap your other job at Lakeside Clinic/);
    expect(await db.experiencePeriod.count({ where: { userId: owner.id } })).toBe(1);
    expect(before).not.toBe(await journeySnapshot());
  });

  it("stores dates as calendar dates and counts an overlapping externship once", async () => {
    const { owner } = await journeyActors();
    await addExperiencePeriod(owner, job);
    await addExperiencePeriod(owner, externship);
    const log = await getExperienceLog(owner);
    expect(log.map((p) => [p.kind, p.startedOn, p.endedOn])).toEqual([
      ["EXTERNSHIP", "2024-06-01", "2024-06-30"],
      ["JOB", "2024-01-01", "2024-12-31"],
    ]);
    const outlook = outlookFor(
      {
        credentialCode: "CPC",
        apprentice: true,
        apprenticeRemovedOn: null,
        has80HourCourse: false,
        practicodeCases: 0,
        practicodeScore: null,
      },
      log,
      today,
    );
    // June is already full time from the job: 12 months, not 12 plus the externship's share.
    expect(outlook?.months).toBe(12);
  });

  it("refuses another learner's edit and delete as not found, leaving the row as it was", async () => {
    const { owner, other } = await journeyActors();
    const { id } = await addExperiencePeriod(owner, job);
    const before = await journeySnapshot();
    expect(await errorOf(updateExperiencePeriod(other, id, 0, { ...job, hoursPerWeek: 10 }))).toBeInstanceOf(NotFoundError);
    expect(await errorOf(deleteExperiencePeriod(other, id))).toBeInstanceOf(NotFoundError);
    expect(await journeySnapshot()).toBe(before);
    expect(await db.experiencePeriod.findUniqueOrThrow({ where: { id } })).toMatchObject({
      userId: owner.id,
      hoursPerWeek: 40,
      version: 0,
    });
  });

  it("refuses a stale version with a conflict and a kind change with a message", async () => {
    const { owner } = await journeyActors();
    const { id } = await addExperiencePeriod(owner, job);
    await updateExperiencePeriod(owner, id, 0, { ...job, hoursPerWeek: 30 });
    expect(await errorOf(updateExperiencePeriod(owner, id, 0, { ...job, hoursPerWeek: 20 }))).toBeInstanceOf(ConflictError);
    expect(await errorOf(updateExperiencePeriod(owner, id, 1, externship))).toBeInstanceOf(UserInputError);
    expect(await db.experiencePeriod.findUniqueOrThrow({ where: { id } })).toMatchObject({ hoursPerWeek: 30, version: 1 });
  });

  it(`holds at most ${MAX_EXPERIENCE_PERIODS} periods`, async () => {
    const { owner } = await journeyActors();
    await db.experiencePeriod.createMany({
      data: Array.from({ length: MAX_EXPERIENCE_PERIODS }, (_, i) => ({
        userId: owner.id,
        kind: "EDUCATION" as const,
        organization: "School",
        title: `Module ${i}`,
        contactHours: 1,
      })),
    });
    const refused = await errorOf(addExperiencePeriod(owner, job));
    expect((refused as UserInputError).message).toMatch(/up to 200 periods/);
    expect(await db.experiencePeriod.count({ where: { userId: owner.id } })).toBe(MAX_EXPERIENCE_PERIODS);
  });

  it("gives the dashboard the same route progress, and a pass with two logged years is not an apprentice", async () => {
    const { owner } = await journeyActors();
    await db.learnerProfile.upsert({
      where: { userId: owner.id },
      create: { userId: owner.id, credentialCode: "CPC", path: "CODING" },
      update: { credentialCode: "CPC", path: "CODING" },
    });
    await db.credentialGoal.create({
      data: { userId: owner.id, credentialCode: "CPC", passedOn: new Date("2025-01-10"), apprentice: true },
    });
    await addExperiencePeriod(owner, job);
    const dashboard = await getLearnerDashboard(owner, today);
    expect(dashboard.apprentice?.months).toBe(12);
    expect(dashboard.apprentice?.routes.find((r) => r.route === "EXPERIENCE")?.missing[0]).toMatch(/^12 more month/);

    const { other } = await journeyActors();
    await addExperiencePeriod(other, { ...job, startedOn: "2023-01-01" });
    await recordExamAttempt(other, { credentialCode: "CPC", takenOn: today, result: "PASSED" });
    expect(await db.credentialGoal.findFirstOrThrow({ where: { userId: other.id } })).toMatchObject({ apprentice: false });
  });
});

describe("experience log: the advisor's drill-down", () => {
  it("shows the cohort advisor the same route progress the learner sees", async () => {
    const world = await programWorld();
    const { learner, advisor } = world.actors;
    await db.credentialGoal.create({
      data: { userId: learner.id, credentialCode: "CPC", passedOn: new Date("2025-01-10"), apprentice: true },
    });
    await addExperiencePeriod(learner, { ...job, endedOn: null, startedOn: "2025-06-01" });
    await addExperiencePeriod(learner, { ...externship, startedOn: "2025-06-01", endedOn: "2025-06-30" });
    const own = await getLearnerDashboard(learner, "2026-12-06");
    const drill = await getLearnerDashboardForStaff(advisor, learner.id, "2026-12-06");
    expect(own.apprentice).not.toBeNull();
    expect(drill.apprentice).toEqual(own.apprentice);
    // Jun 2025–Nov 2026 (18 months) + Dec 1–6 of 31 = 18.19 → 18.2; the June externship adds nothing.
    expect(own.apprentice?.months).toBe(18.2);
  });
});

describe("experience log: actions", () => {
  it("adds a job from the form's fields, with code sets from the checkboxes", async () => {
    const { owner } = await journeyActors();
    const result = await call("addExperiencePeriodAction", owner, {
      kind: "JOB",
      employer: "Lakeside Clinic",
      title: "Coder",
      startedOn: "2025-01-06",
      endedOn: "",
      hoursPerWeek: "32",
      shareCoding: "60",
      codeSetCPT: "on",
      codeSetHCPCS: "on",
      userId: "someone-else",
    });
    expect(result.status).toBe("ok");
    expect(await db.experiencePeriod.findFirstOrThrow({ where: { userId: owner.id } })).toMatchObject({
      organization: "Lakeside Clinic",
      endedOn: null,
      codeSets: ["CPT", "HCPCS"],
    });
  });

  it("answers field errors beside the field and keeps what was typed", async () => {
    const { owner } = await journeyActors();
    const before = await journeySnapshot();
    const result = await call("addExperiencePeriodAction", owner, {
      kind: "JOB",
      employer: "",
      title: "Coder",
      startedOn: "2025-02-30",
      hoursPerWeek: "90",
      shareCoding: "120",
    });
    expect(result).toMatchObject({ status: "error", code: "invalid", values: { title: "Coder", hoursPerWeek: "90" } });
    if (result.status !== "error") throw new Error("expected an error");
    expect(Object.keys(result.fieldErrors).sort()).toEqual(["employer", "hoursPerWeek", "shareCoding", "startedOn"]);
    expect(result.fieldErrors.hoursPerWeek?.[0]).toBe("Hours per week must be at most 80.");
    expect(await journeySnapshot()).toBe(before);
  });

  it("deletes only with the confirmation", async () => {
    const { owner } = await journeyActors();
    const { id } = await addExperiencePeriod(owner, job);
    expect(await call("deleteExperiencePeriodAction", owner, { id })).toMatchObject({ status: "error", code: "invalid" });
    expect(await db.experiencePeriod.count({ where: { id } })).toBe(1);
    expect(await call("deleteExperiencePeriodAction", owner, { id, confirm: "on" })).toMatchObject({ status: "ok" });
    expect(await db.experiencePeriod.count({ where: { id } })).toBe(0);
  });
});
