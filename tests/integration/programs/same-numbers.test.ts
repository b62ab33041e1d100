// One learner, read through lib/data as each role: the learner's own dashboard, the advisor's
// roster and drill-down, give the same practice average, passing bar, current phase, plan
// progress and overdue follow-ups — each rule lives once in lib/domain.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getLearnerDashboard, getLearnerDashboardForStaff } from "@/lib/data/learner/dashboard";
import { generateMyPlan } from "@/lib/data/learner/plan";
import { getJobHuntSummary, getJobHuntSummaryForStaff } from "@/lib/data/job-hunt/dashboard-summary";
import { getRoster, invalidateRoster } from "@/lib/data/programs/roster";
import { getOutcomes } from "@/lib/data/programs/outcomes";
import { recordExamAttempt } from "@/lib/data/learner/credential";
import { IN_FIELD_ROLE_TYPES } from "@/lib/domain/application-fields";
import { toRosterView } from "@/lib/ui/advisor/roster-view";
import { addDays, fromUtcDate, toUtcDate } from "@/lib/domain/dates";
import { PHASES } from "@/lib/content/plan-templates";
import { programWorld } from "../../support/program-world";
import { readyForPlan } from "../learner-journey/support";

const today = fromUtcDate(new Date());
const at = (days: number, seconds = 0) => new Date(toUtcDate(addDays(today, days)).getTime() + 12 * 3600_000 + seconds * 1000);

async function seededLearner() {
  const world = await programWorld();
  const { learner } = world.actors;
  await readyForPlan(learner.id, { startDate: toUtcDate(addDays(today, -20)) });
  await generateMyPlan(learner);
  // Ahead of the calendar: every Foundation milestone is done, so "where the learner is" and
  // "where the calendar says they should be" differ; one rule must decide for every role.
  await db.planMilestone.updateMany({ where: { userId: learner.id, phase: "FOUNDATION" }, data: { status: "DONE" } });
  const exam = (days: number, correct: number, credentialCode = "CPC", seconds = 0) =>
    db.practiceExam.create({
      data: {
        userId: learner.id,
        credentialCode,
        questions: 100,
        correct,
        minutes: 240,
        takenOn: toUtcDate(addDays(today, days)),
        createdAt: at(days, seconds),
      },
    });
  await exam(-90, 50);
  await exam(-40, 55);
  await exam(-20, 58);
  await exam(-5, 62, "CPC", 0);
  await exam(-5, 61, "CPC", 60); // logged a minute later on the same day: the latest attempt
  await exam(-3, 40, "CCA"); // another credential's practice does not count toward CPC
  // …nor do many newer attempts at it push CPC's out of the dashboard's window.
  for (let i = 0; i < 25; i++) await exam(-1, 45, "CCA", i);
  await db.credentialGoal.upsert({
    where: { userId_credentialCode: { userId: learner.id, credentialCode: "CPC" } },
    create: { userId: learner.id, credentialCode: "CPC", examDate: toUtcDate(addDays(today, 20)) },
    update: { examDate: toUtcDate(addDays(today, 20)) },
  });
  await db.jobApplication.createMany({
    data: [
      {
        userId: learner.id,
        company: "A",
        title: "Coder",
        roleType: "MEDICAL_CODER",
        workMode: "REMOTE",
        source: "OTHER",
        stage: "APPLIED",
        followUpOn: toUtcDate(addDays(today, -2)),
      },
      {
        userId: learner.id,
        company: "B",
        title: "Coder",
        roleType: "MEDICAL_CODER",
        workMode: "REMOTE",
        source: "OTHER",
        stage: "GHOSTED",
        followUpOn: toUtcDate(addDays(today, -2)),
      },
      {
        userId: learner.id,
        company: "C",
        title: "Coder",
        roleType: "MEDICAL_CODER",
        workMode: "REMOTE",
        source: "OTHER",
        stage: "DECLINED",
        followUpOn: toUtcDate(addDays(today, -2)),
      },
    ],
  });
  invalidateRoster();
  return world;
}

async function readAsEveryRole(world: Awaited<ReturnType<typeof programWorld>>) {
  const { learner, advisor } = world.actors;
  const own = await getLearnerDashboard(learner, today);
  const drill = await getLearnerDashboardForStaff(advisor, learner.id, today);
  const roster = await getRoster(advisor, {}, today);
  const row = roster.rows.find((r) => r.id === learner.id)!;
  return { own, drill, row, view: toRosterView([row])[0]! };
}

describe("the same learner's numbers for every role", () => {
  beforeEach(() => invalidateRoster());

  it("practice average: one definition (last attempts of the target credential) everywhere", async () => {
    const { own, drill, row, view } = await readAsEveryRole(await seededLearner());
    const expected = Math.round(((58 + 62 + 61) / 3) * 10) / 10; // 60.3
    expect(own.verdict?.recentAverage).toBe(expected);
    expect(drill.verdict?.recentAverage).toBe(expected);
    expect(row.practice.average).toBe(expected);
    expect(view.practice).toContain(`${expected}%`);
    const flag = row.flags.find((f) => f.kind === "PRACTICE_BELOW_BAR");
    expect(flag?.reason).toContain(`${expected}%`);
  });

  it("passing bar: the at-risk rule uses the credential's own bar, as practice scoring does", async () => {
    const { own, row } = await readAsEveryRole(await seededLearner());
    expect(row.practice.passingPercent).toBe(own.passingPercent);
    expect(row.flags.find((f) => f.kind === "PRACTICE_BELOW_BAR")?.reason).toContain(`${own.passingPercent}% bar`);
  });

  it("current phase: the learner and the advisor see the same phase", async () => {
    const { own, drill, row, view } = await readAsEveryRole(await seededLearner());
    const title = (key: string | null) => PHASES.find((p) => p.key === key)?.title;
    expect(own.phase?.title).toBe(title(row.currentPhase));
    expect(drill.phase?.title).toBe(own.phase?.title);
    expect(view.phase?.toLowerCase()).toBe(own.phase?.title.toLowerCase());
  });

  it("current phase: still the same for both once every milestone is handled", async () => {
    const world = await seededLearner();
    await db.planMilestone.updateMany({ where: { userId: world.actors.learner.id }, data: { status: "DONE" } });
    const { own, row } = await readAsEveryRole(world);
    expect(row.currentPhase).toBe("JOB_HUNT");
    expect(own.phase).toMatchObject({ title: PHASES.find((p) => p.key === "JOB_HUNT")?.title, state: "FINISHED" });
  });

  it("plan progress: one scale (milestones done of total) for learner and advisor", async () => {
    const { own, drill, row, view } = await readAsEveryRole(await seededLearner());
    expect(own.progress).toEqual({ done: row.milestonesDone, total: row.milestonesTotal });
    expect(drill.progress).toEqual(own.progress);
    expect(view.plan).toBe(`${own.progress.done} of ${own.progress.total} done`);
    const planPart = own.readiness.parts.find((p) => p.key === "plan")!;
    expect(planPart.explanation).toContain(`${own.progress.done} of ${own.progress.total} done`);
  });

  it("open stages: overdue follow-ups count the same open applications", async () => {
    const world = await seededLearner();
    const { row } = await readAsEveryRole(world);
    const own = await getJobHuntSummary(world.actors.learner);
    const drill = await getJobHuntSummaryForStaff(world.actors.advisor, world.actors.learner.id);
    expect(row.overdueFollowUps).toBe(own.overdue.length);
    expect(drill.overdue.length).toBe(own.overdue.length);
    expect(own.overdue.length).toBe(1);
  });

  it("passed and placed in field: the learner, the advisor and the program's outcomes agree", async () => {
    const world = await seededLearner();
    const { learner, admin } = world.actors;
    await recordExamAttempt(learner, { credentialCode: "CPC", takenOn: addDays(today, -1), result: "PASSED" });
    await db.jobApplication.create({
      data: {
        userId: learner.id,
        company: "D",
        title: "Prior auth",
        roleType: "PRIOR_AUTH_SPECIALIST",
        workMode: "REMOTE",
        source: "OTHER",
        stage: "ACCEPTED",
        stageChangedAt: new Date(),
      },
    });
    await db.cohort.update({ where: { id: world.cohort.id }, data: { startDate: toUtcDate(addDays(today, -200)) } });
    const { own, row } = await readAsEveryRole(world);
    const outcomes = (await getOutcomes(admin, world.org.id)).find((o) => o.cohortId === world.cohort.id)!;
    expect(own.credential.status).toMatch(/PASSED_APPRENTICE|ACTIVE/);
    expect(row.passed).toBe(true);
    expect(outcomes).toMatchObject({ passed: 1, placed: 1, placedInField: IN_FIELD_ROLE_TYPES.includes("PRIOR_AUTH_SPECIALIST") ? 1 : 0 });
    expect(IN_FIELD_ROLE_TYPES).not.toContain("OTHER");
  });
});
