// Graduate surveys (issue 16, item 3): the daily job creates a completed enrollment's wave once
// however many workers run it and queues its email in the same transaction; reminders stop at
// two, on answering and at expiry; a learner whose account is gone is never emailed. Answering
// creates exactly one SURVEY outcome record; a reused, double-submitted or expired link and bad
// input change nothing.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { hashToken } from "@/lib/auth/tokens";
import { runGraduateSurveys } from "@/lib/data/programs/graduate-survey-schedule";
import { surveyLinkState, surveyResponseCounts, surveysOf } from "@/lib/data/programs/graduate-surveys";
import { HANDLERS } from "@/lib/jobs/handlers";
import { naceWaveApplies } from "@/lib/domain/graduate-surveys";
import { answerGraduateSurveyAction } from "@/lib/actions/programs/answer-graduate-survey";
import { callAction } from "../../support/action-matrix";
import { programWorld } from "../../support/program-world";
import { sentMail } from "../../support/sent-mail";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user, requireUser: async () => session.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));

// The action redirects on success (its result type is never); callAction reports that as ok.
const submit = (values: Record<string, string>) =>
  callAction(answerGraduateSurveyAction as unknown as Parameters<typeof callAction>[0], values);

const DAY = 86_400_000;
const now = new Date();
const today = now.toISOString().slice(0, 10);
const later = (days: number) => new Date(now.getTime() + days * DAY);

async function graduate(completedOn = today) {
  const w = await programWorld();
  const enrollment = await db.enrollment.create({
    data: {
      organizationId: w.org.id,
      cohortId: w.cohort.id,
      learnerId: w.users.learner.id,
      startedOn: new Date("2026-01-05"),
      status: "COMPLETED",
      completedOn: new Date(`${completedOn}T00:00:00Z`),
    },
  });
  return { w, enrollment };
}

const surveyMail = async () => (await sentMail()).filter((m) => m.kind.startsWith("graduate-survey"));
function linkToken(text: string | undefined): string {
  const token = text?.match(/\/survey\/([A-Za-z0-9_-]{43})/)?.[1];
  if (!token) throw new Error("no survey link in the mail");
  return token;
}

const employed = (token: string) => ({
  token,
  outcome: "EMPLOYED",
  employer: "Lakeshore Health",
  title: "Outpatient coder",
  startedOn: "2026-10-01" <= today ? "2026-10-01" : today,
  hoursPerWeek: "40",
  field: "IN_FIELD",
  salaryUsd: "48000",
});

beforeEach(() => {
  session.user = null;
});

describe("scheduling", () => {
  it("creates the due wave once when two workers run at the same time, with its email in the outbox", async () => {
    const { w, enrollment } = await graduate();
    const runs = await Promise.all([runGraduateSurveys(now), runGraduateSurveys(now), runGraduateSurveys(now)]);
    expect(runs.map((r) => r.sent).sort()).toEqual([0, 0, 1]);
    // The scheduled job's handler runs the same and finds nothing more to send.
    await HANDLERS.graduateSurveys!({}, { finalAttempt: false, log: () => {} });
    const surveys = await db.graduateSurvey.findMany({ where: { enrollmentId: enrollment.id } });
    expect(surveys.map((s) => s.wave)).toEqual(["AT_COMPLETION"]);
    const mail = await surveyMail();
    expect(mail).toHaveLength(1);
    expect(mail[0]!.to).toBe(w.users.learner.email);
    const token = linkToken(mail[0]!.text);
    // Only the hash is stored, and it is the link's.
    const stored = await db.graduateSurvey.findFirstOrThrow({ where: { enrollmentId: enrollment.id }, omit: { tokenHash: false } });
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect((await runGraduateSurveys(now)).sent).toBe(0);
  });

  it("reminds at 7 and 14 days, at most twice, once even when two workers run, and the reminder repeats the same link", async () => {
    await graduate();
    await runGraduateSurveys(now);
    expect((await runGraduateSurveys(later(6))).reminded).toBe(0);
    const [a, b] = await Promise.all([runGraduateSurveys(later(8)), runGraduateSurveys(later(8))]);
    expect(a.reminded + b.reminded).toBe(1);
    expect((await runGraduateSurveys(later(15))).reminded).toBe(1);
    expect((await runGraduateSurveys(later(30))).reminded).toBe(0);
    const mail = await surveyMail();
    expect(mail.map((m) => m.kind)).toEqual(["graduate-survey", "graduate-survey-reminder", "graduate-survey-reminder"]);
    expect(new Set(mail.map((m) => linkToken(m.text))).size).toBe(1);
    const s = await db.graduateSurvey.findFirstOrThrow();
    expect(s.remindersSent).toBe(2);
  });

  it("stops reminding once answered, and does not remind an expired survey", async () => {
    await graduate();
    await runGraduateSurveys(now);
    const token = linkToken((await surveyMail())[0]!.text);
    expect(await submit(employed(token))).toMatchObject({ status: "ok" });
    expect((await runGraduateSurveys(later(8))).reminded).toBe(0);

    await db.graduateSurvey.updateMany({ data: { answeredAt: null, expiresAt: later(-1) } });
    expect((await runGraduateSurveys(later(8))).reminded).toBe(0);
  });

  it("never emails a learner whose account is gone", async () => {
    const { w, enrollment } = await graduate();
    await db.user.delete({ where: { id: w.users.learner.id } });
    expect((await db.enrollment.findUniqueOrThrow({ where: { id: enrollment.id } })).learnerId).toBeNull();
    expect(await runGraduateSurveys(now)).toEqual({ sent: 0, reminded: 0 });
    expect(await db.graduateSurvey.count()).toBe(0);
    expect(await surveyMail()).toHaveLength(0);
  });

  it("sends the +90 wave to a graduate of 95 days ago, not the expired at-completion wave", async () => {
    const { enrollment } = await graduate(new Date(now.getTime() - 95 * DAY).toISOString().slice(0, 10));
    await runGraduateSurveys(now);
    expect((await db.graduateSurvey.findMany({ where: { enrollmentId: enrollment.id } })).map((s) => s.wave)).toEqual(["DAY_90"]);
  });
});

describe("answering", () => {
  async function sentSurvey() {
    const g = await graduate();
    await runGraduateSurveys(now);
    return { ...g, token: linkToken((await surveyMail())[0]!.text) };
  }

  it("creates exactly one SURVEY outcome record, even when the form is sent twice at once", async () => {
    const { enrollment, token } = await sentSurvey();
    expect(await surveyLinkState(token)).toMatchObject({ state: "open", cohortName: "Coding Fall" });
    const results = await Promise.all([submit(employed(token)), submit(employed(token))]);
    expect(results.map((r) => r.status).sort()).toEqual(["error", "ok"]);
    const records = await db.outcomeRecord.findMany({ where: { enrollmentId: enrollment.id } });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      source: "SURVEY",
      kind: "EMPLOYED",
      employer: "Lakeshore Health",
      hoursPerWeek: 40,
      field: "IN_FIELD",
      salaryUsd: 48000,
      recordedByName: "Graduate survey",
    });
    expect(records[0]!.recordedOn.toISOString().slice(0, 10)).toBe(today);
    const survey = await db.graduateSurvey.findFirstOrThrow({ where: { enrollmentId: enrollment.id } });
    expect(survey.answeredAt).not.toBeNull();
    expect(survey.outcomeRecordId).toBe(records[0]!.id);
    expect(await surveyLinkState(token)).toEqual({ state: "answered" });
  });

  it("refuses a reused link and changes nothing", async () => {
    const { enrollment, token } = await sentSurvey();
    await submit(employed(token));
    const before = await db.outcomeRecord.findMany({ where: { enrollmentId: enrollment.id } });
    const again = await submit({ token, outcome: "SEEKING" });
    expect(again).toMatchObject({ status: "error", code: "conflict" });
    expect(again.status === "error" && again.formError).toMatch(/already been answered/);
    expect(await db.outcomeRecord.findMany({ where: { enrollmentId: enrollment.id } })).toEqual(before);
  });

  it("refuses an expired link and records nothing", async () => {
    const { enrollment, token } = await sentSurvey();
    await db.graduateSurvey.updateMany({ data: { expiresAt: later(-1) } });
    expect(await surveyLinkState(token)).toEqual({ state: "expired" });
    const result = await submit(employed(token));
    expect(result).toMatchObject({ status: "error", code: "invalid" });
    expect(await db.outcomeRecord.count({ where: { enrollmentId: enrollment.id } })).toBe(0);
    expect((await db.graduateSurvey.findFirstOrThrow()).answeredAt).toBeNull();
  });

  it("answers bad input with errors beside the fields and records nothing", async () => {
    const { enrollment, token } = await sentSurvey();
    const tooMany = await submit({ ...employed(token), hoursPerWeek: "81", employer: "", field: "" });
    expect(tooMany.status === "error" && Object.keys(tooMany.fieldErrors).sort()).toEqual(["employer", "field", "hoursPerWeek"]);
    const future = await submit({ ...employed(token), startedOn: "2099-01-01" });
    expect(future.status === "error" && future.fieldErrors.startedOn).toEqual(["The start date can't be in the future."]);
    const early = await submit({ ...employed(token), startedOn: "2025-12-01" });
    expect(early.status === "error" && early.fieldErrors.startedOn?.[0]).toMatch(/before your program started/);
    const long = await submit({ ...employed(token), title: "x".repeat(121), salaryUsd: "5000000" });
    expect(long.status === "error" && Object.keys(long.fieldErrors).sort()).toEqual(["salaryUsd", "title"]);
    const unknown = await submit(employed("A".repeat(43)));
    expect(unknown).toMatchObject({ status: "error", code: "not-found" });
    expect(await db.outcomeRecord.count({ where: { enrollmentId: enrollment.id } })).toBe(0);
    expect((await db.graduateSurvey.findFirstOrThrow()).answeredAt).toBeNull();
  });

  it("limits submissions per link", async () => {
    const { token } = await sentSurvey();
    for (let i = 0; i < 10; i++) await submit({ ...employed(token), startedOn: "2099-01-01" });
    const limited = await submit(employed(token));
    expect(limited.status === "error" && limited.formError).toMatch(/Too many attempts/);
    expect(await db.outcomeRecord.count()).toBe(0);
  });

  it("needs only the outcome when the graduate is not working", async () => {
    const { enrollment, token } = await sentSurvey();
    expect(await submit({ token, outcome: "CONTINUING_EDUCATION", employer: "ignored" })).toMatchObject({ status: "ok" });
    expect(await db.outcomeRecord.findFirstOrThrow({ where: { enrollmentId: enrollment.id } })).toMatchObject({
      kind: "CONTINUING_EDUCATION",
      employer: null,
    });
  });
});

describe("staff view", () => {
  it("shows an enrollment's waves with their status to the program's admin only", async () => {
    const { w, enrollment } = await graduate();
    await runGraduateSurveys(now);
    const waves = await surveysOf(w.actors.admin, enrollment.id);
    expect(waves.map((s) => [s.wave, s.status])).toEqual(
      [
        ["AT_COMPLETION", "sent"],
        ["DAY_90", "scheduled"],
        ["DAY_180", "scheduled"],
        ["NACE_CUTOFF", "scheduled"],
      ].filter(([wave]) => wave !== "NACE_CUTOFF" || naceWaveApplies(today)),
    );
    await expect(surveysOf(w.actors.otherAdmin, enrollment.id)).rejects.toThrow();
    const counts = await surveyResponseCounts(w.actors.admin, w.org.id);
    expect(counts.find((c) => c.wave === "AT_COMPLETION")).toEqual({ wave: "AT_COMPLETION", sent: 1, answered: 0 });
    await expect(surveyResponseCounts(w.actors.otherAdmin, w.org.id)).rejects.toThrow();
  });
});
