// Practice logs and the credential lifecycle: bad input is refused field by field with nothing
// written; a pass starts apprentice status where it applies and the CEU cycle.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ConflictError, UserInputError } from "@/lib/data/errors";
import { getPracticeLogs, logPracticeExam, logStudySession } from "@/lib/data/learner/practice";
import { getCredentialLog, logCeu, recordExamAttempt, scheduleExam } from "@/lib/data/learner/credential";
import { addShortlistedProgram, listShortlist, updateShortlistedProgram } from "@/lib/data/learner/shortlist";
import { getLearnerProfile, saveOnboardingStep, choosePath } from "@/lib/data/learner/profile";
import { addDays, fromUtcDate } from "@/lib/domain/dates";
import { journeyActors, journeySnapshot } from "./support";

const today = fromUtcDate(new Date());

async function fieldErrorsOf(p: Promise<unknown>): Promise<Record<string, string[]>> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserInputError);
  return (error as UserInputError).fieldErrors;
}

describe("practice logs", () => {
  it("refuses impossible exams and out-of-range dates with field errors, writing nothing", async () => {
    const { owner } = await journeyActors();
    const before = await journeySnapshot();
    const errors = await fieldErrorsOf(
      logPracticeExam(owner, { takenOn: addDays(today, 30), credentialCode: "CPC", questions: 100, correct: 120, minutes: -5 }),
    );
    expect(Object.keys(errors).sort()).toEqual(["correct", "minutes", "takenOn"]);
    expect((await fieldErrorsOf(logStudySession(owner, { studiedOn: "2019-01-01", minutes: 30, topic: "x" }))).studiedOn?.[0]).toMatch(
      /two years/,
    );
    expect(await journeySnapshot()).toBe(before);
  });

  it("logs exams and sessions for the owner only", async () => {
    const { owner, other } = await journeyActors();
    await logPracticeExam(owner, { takenOn: today, credentialCode: "CPC", questions: 100, correct: 74, minutes: 235 });
    await logStudySession(owner, { studiedOn: today, minutes: 60, topic: "E/M" });
    expect((await getPracticeLogs(owner)).exams).toHaveLength(1);
    expect((await getPracticeLogs(other)).exams).toHaveLength(0);
  });
});

describe("credential lifecycle", () => {
  it("a CPC pass without experience starts apprentice status; CPB has none; failed attempts are kept", async () => {
    const { owner } = await journeyActors();
    await scheduleExam(owner, "CPC", addDays(today, 35));
    await recordExamAttempt(owner, { credentialCode: "CPC", takenOn: addDays(today, -40), result: "FAILED", scorePercent: 64 });
    await recordExamAttempt(owner, { credentialCode: "CPC", takenOn: today, result: "PASSED", scorePercent: 78 });
    await recordExamAttempt(owner, { credentialCode: "CPB", takenOn: today, result: "PASSED" });
    const log = await getCredentialLog(owner);
    expect(log.attempts).toHaveLength(3);
    expect(log.goals.find((g) => g.credentialCode === "CPC")).toMatchObject({ passedOn: today, apprentice: true });
    expect(log.goals.find((g) => g.credentialCode === "CPB")).toMatchObject({ passedOn: today, apprentice: false });
  });

  it("refuses a future attempt, an unknown credential and out-of-range CEU dates", async () => {
    const { owner } = await journeyActors();
    const before = await journeySnapshot();
    expect(
      (await fieldErrorsOf(recordExamAttempt(owner, { credentialCode: "CPC", takenOn: addDays(today, 20), result: "PASSED" }))).takenOn,
    ).toBeDefined();
    expect((await fieldErrorsOf(scheduleExam(owner, "CPC-A", today))).credentialCode).toBeDefined();
    expect((await fieldErrorsOf(logCeu(owner, { body: "AAPC", earnedOn: "2001-01-01", ceus: 1, title: "Old" }))).earnedOn).toBeDefined();
    expect(await journeySnapshot()).toBe(before);
  });
});

describe("profile and shortlist", () => {
  it("onboarding saves step by step, never moves backwards and finishes at step 6", async () => {
    const { owner } = await journeyActors();
    expect(await saveOnboardingStep(owner, { step: 1, persona: "MILITARY_VETERAN" })).toEqual({ nextStep: 2 });
    await saveOnboardingStep(owner, { step: 2, usState: "TX" });
    await saveOnboardingStep(owner, { step: 1, persona: "CAREER_CHANGER" });
    let profile = await getLearnerProfile(owner);
    expect(profile).toMatchObject({ persona: "CAREER_CHANGER", usState: "TX", onboardingStep: 2, onboarded: false });
    await saveOnboardingStep(owner, { step: 3, weeklyHours: 10 });
    await saveOnboardingStep(owner, { step: 4, budgetUsd: 2000 });
    await saveOnboardingStep(owner, { step: 5, startDate: "2026-12-01" });
    expect(await saveOnboardingStep(owner, { step: 6, workMode: "REMOTE" })).toEqual({ nextStep: null });
    profile = await getLearnerProfile(owner);
    expect(profile).toMatchObject({ onboarded: true, startDate: "2026-12-01", workMode: "REMOTE" });
  });

  it("a credential must fit the path", async () => {
    const { owner } = await journeyActors();
    expect(
      (await fieldErrorsOf(choosePath(owner, { path: "BILLING", credentialCode: "CPC", routeCode: "SELF_PACED_ONLINE" }))).credentialCode,
    ).toBeDefined();
  });

  it("another learner cannot read or edit the owner's shortlist", async () => {
    const { owner, other, advisor } = await journeyActors();
    const p = await db.shortlistedProgram.create({ data: { userId: owner.id, name: "Mine" } });
    expect(await listShortlist(other)).toEqual([]);
    await expect(listShortlist(advisor)).rejects.toThrow();
    await expect(updateShortlistedProgram(other, p.id, { name: "Stolen" }, p.version)).rejects.toThrow(/not on your shortlist/);
    expect((await db.shortlistedProgram.findUniqueOrThrow({ where: { id: p.id } })).name).toBe("Mine");
  });

  it("a stale edit gets a conflict instead of overwriting a newer save", async () => {
    const { owner } = await journeyActors();
    const p = await db.shortlistedProgram.create({ data: { userId: owner.id, name: "Original" } });
    await updateShortlistedProgram(owner, p.id, { name: "First tab" }, p.version);
    await expect(updateShortlistedProgram(owner, p.id, { name: "Second tab" }, p.version)).rejects.toBeInstanceOf(ConflictError);
    expect((await db.shortlistedProgram.findUniqueOrThrow({ where: { id: p.id } })).name).toBe("First tab");
  });

  it("notes with likely patient identifiers need confirmation", async () => {
    const { owner } = await journeyActors();
    const notes = "Practice chart: patient John Smith, MRN 00123456, DOB 04/12/1961";
    const errors = await fieldErrorsOf(addShortlistedProgram(owner, { name: "Program", notes }));
    expect(errors.notes?.[0]).toMatch(/medical record number/);
    expect(errors.notes?.[0]).not.toContain("00123456");
    expect(await db.shortlistedProgram.count()).toBe(0);
    await addShortlistedProgram(owner, { name: "Program", notes }, true);
    expect(await db.shortlistedProgram.count()).toBe(1);
  });
});
