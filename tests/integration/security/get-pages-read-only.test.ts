// QUALITY.md 15: no GET changes state. Renders the page functions that used to write (the
// learner dashboard, path and quiz-result pages claimed visitor quiz attempts; the
// applications page sent due reminders) with everything set up to tempt them — an unclaimed
// attempt under this browser's cookie, an opted-in learner with an overdue follow-up — and
// proves no table changed. The advisor drill-down may add one access-log row, once.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { FIT_QUESTIONS } from "@/lib/content/fit-quiz";
import { recordFitQuizAttempt } from "@/lib/data/learner/fit-quiz";
import { setChecklistMark } from "@/lib/data/job-hunt/checklists";
import { VIEW_ACTION } from "@/lib/data/programs/learner-view";
import { dbFingerprint } from "../../support/db-fingerprint";
import { programWorld } from "../../support/program-world";
import { makeApplication } from "../job-hunt/support";
import { readyForPlan } from "../learner-journey/support";

const visitor = "0b9c7f3e-4a55-4d7e-9a1b-2b3c4d5e6f70";
const session = vi.hoisted(() => ({ user: null as CurrentUser | null, cookie: "" }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user, requireUser: async () => session.user }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (name === "cp_quiz_visitor" && session.cookie ? { name, value: session.cookie } : undefined),
  }),
  headers: async () => new Headers(),
}));

const pages = {
  dashboard: (await import("@/app/learner/(dashboard)/page")).default,
  path: (await import("@/app/learner/path/page")).default,
  quizResult: (await import("@/app/quiz/result/page")).default,
  applications: (await import("@/app/learner/applications/(board)/page")).default,
  drillDown: (await import("@/app/advisor/learners/[learnerId]/page")).default,
};
const { StaffLearnerDashboard } = await import("@/lib/ui/advisor/staff-learner-dashboard");

async function tempting() {
  const w = await programWorld();
  await readyForPlan(w.users.learner.id);
  await recordFitQuizAttempt(null, visitor, Object.fromEntries(FIT_QUESTIONS.map((q) => [q.id, 4])));
  await setChecklistMark(w.actors.learner, "prefs", "follow-up-emails", true);
  await makeApplication(w.users.learner.id, { stage: "APPLIED", followUpOn: new Date(Date.now() - 2 * 86_400_000) });
  session.cookie = visitor;
  return w;
}

describe("GET pages change nothing", () => {
  beforeEach(() => {
    session.user = null;
    session.cookie = "";
  });

  it("learner pages do not claim quiz attempts or send reminders", async () => {
    const w = await tempting();
    session.user = w.actors.learner;
    const before = await dbFingerprint();
    await pages.dashboard();
    await pages.path({ searchParams: Promise.resolve({}) });
    await pages.quizResult();
    await pages.applications({ searchParams: Promise.resolve({}) });
    expect(await dbFingerprint()).toEqual(before);
    expect(await db.fitQuizAttempt.count({ where: { visitorId: visitor, userId: null } })).toBe(1);
    expect(await db.emailOutbox.count()).toBe(0);
  });

  it("the advisor drill-down writes one access-log row for a visit, and nothing when it re-renders", async () => {
    const w = await tempting();
    session.user = w.actors.advisor;
    const before = await dbFingerprint(["AuditLog"]);
    const params = Promise.resolve({ learnerId: w.users.learner.id });
    await pages.drillDown({ params });
    await StaffLearnerDashboard({ actor: w.actors.advisor, learnerId: w.users.learner.id, learnerName: "Lena Learner" });
    const afterFirst = await dbFingerprint();
    await pages.drillDown({ params }); // e.g. the re-render after adding a note
    expect(await dbFingerprint()).toEqual(afterFirst);
    expect(await dbFingerprint(["AuditLog"])).toEqual(before);
    expect(await db.auditLog.findMany({ select: { action: true, actorId: true } })).toEqual([
      { action: VIEW_ACTION, actorId: w.users.advisor.id },
    ]);
  });
});
