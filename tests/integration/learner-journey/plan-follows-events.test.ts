// The plan follows events (issue 13): the learner's records complete and re-date milestones in
// the same transaction as the write, reversibly, and never over what the learner did by hand.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { scheduleExam, recordExamAttempt } from "@/lib/data/learner/credential";
import { generateMyPlan, getMyPlan, setMilestoneStatus, undoAutoCompletion } from "@/lib/data/learner/plan";
import { deletePracticeExam, logPracticeExam } from "@/lib/data/learner/practice";
import { createApplication, deleteApplication } from "@/lib/data/job-hunt/applications";
import { todayIso } from "@/lib/data/dates";
import { addDays } from "@/lib/domain/dates";
import { isOverdue } from "@/lib/domain/plan";
import { journeyActors, readyForPlan } from "./support";

const SCHEDULE = "EXAM_PREP:schedule-exam";
const SIT = "EXAM_PREP:sit-exam";

async function planned() {
  const { owner, other } = await journeyActors();
  await readyForPlan(owner.id);
  await generateMyPlan(owner);
  return { owner, other };
}

async function milestones(owner: Awaited<ReturnType<typeof planned>>["owner"]) {
  const ms = (await getMyPlan(owner))!.milestones;
  const byKey = (key: string) => ms.find((m) => m.key === key)!;
  return { ms, byKey };
}

describe("the plan follows a booked exam", () => {
  it("booking completes “Schedule the exam” with a reason and moves “Sit the exam” to the booked date", async () => {
    const { owner } = await planned();
    const today = todayIso();
    const examDate = addDays(today, 19);
    const before = await milestones(owner);
    // The measured defect: a 2026-01 start on a 9-month route has both overdue by now.
    expect(isOverdue(before.byKey(SCHEDULE), today)).toBe(true);
    expect(isOverdue(before.byKey(SIT), today)).toBe(true);
    const planDate = before.byKey(SIT).dueDate;

    await scheduleExam(owner, "CPC", examDate);
    const after = await milestones(owner);
    expect(after.byKey(SCHEDULE)).toMatchObject({ status: "DONE", autoReason: expect.stringMatching(/^you scheduled the CPC exam for /) });
    expect(after.byKey(SIT)).toMatchObject({ status: "OPEN", dueDate: examDate });
    expect(isOverdue(after.byKey(SCHEDULE), today) || isOverdue(after.byKey(SIT), today)).toBe(false);

    // Deleting the schedule reopens the automatic completion and restores the plan's date.
    await scheduleExam(owner, "CPC", null);
    const back = await milestones(owner);
    expect(back.byKey(SCHEDULE)).toMatchObject({ status: "OPEN", autoReason: null, completedAt: null });
    expect(back.byKey(SIT).dueDate).toBe(planDate);
  });

  it("leaves a milestone completed by hand exactly as it was", async () => {
    const { owner } = await planned();
    const { byKey } = await milestones(owner);
    await setMilestoneStatus(owner, byKey(SCHEDULE).id, "DONE");
    const handDone = await db.planMilestone.findUniqueOrThrow({ where: { id: byKey(SCHEDULE).id } });
    await scheduleExam(owner, "CPC", addDays(todayIso(), 30));
    await scheduleExam(owner, "CPC", null);
    const now = await db.planMilestone.findUniqueOrThrow({ where: { id: byKey(SCHEDULE).id } });
    expect(now).toMatchObject({ status: "DONE", autoReason: null, autoCompletedAt: null, completedAt: handDone.completedAt });
  });

  it("undo reopens and opts out: the next event does not complete it again; only the owner can undo", async () => {
    const { owner, other } = await planned();
    await scheduleExam(owner, "CPC", addDays(todayIso(), 19));
    const id = (await milestones(owner)).byKey(SCHEDULE).id;
    await expect(undoAutoCompletion(other, id)).rejects.toThrow(/not in your plan/);
    await undoAutoCompletion(owner, id);
    await undoAutoCompletion(owner, id); // a double click is harmless
    await scheduleExam(owner, "CPC", addDays(todayIso(), 25));
    expect(await db.planMilestone.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "OPEN", autoOptOut: true });
  });

  it("regenerating keeps following: the re-dated milestone stays on the booked date", async () => {
    const { owner } = await planned();
    const examDate = addDays(todayIso(), 40);
    await scheduleExam(owner, "CPC", examDate);
    await generateMyPlan(owner, { weeklyHours: 6 });
    const { byKey } = await milestones(owner);
    expect(byKey(SIT).dueDate).toBe(examDate);
    expect(byKey(SCHEDULE).status).toBe("DONE");
  });

  it("a recorded attempt completes sitting the exam", async () => {
    const { owner } = await planned();
    await recordExamAttempt(owner, { credentialCode: "CPC", takenOn: addDays(todayIso(), -2), result: "FAILED", scorePercent: 64 });
    const { byKey } = await milestones(owner);
    expect(byKey(SIT)).toMatchObject({ status: "DONE", autoReason: expect.stringMatching(/not passed this time/) });
  });
});

describe("practice exams and applications", () => {
  it("a logged practice exam completes the baseline; deleting it reopens", async () => {
    const { owner } = await planned();
    const row = await logPracticeExam(owner, { takenOn: todayIso(), credentialCode: "CPC", questions: 100, correct: 62, minutes: 230 });
    expect((await milestones(owner)).byKey("EXAM_PREP:baseline-exam")).toMatchObject({ status: "DONE" });
    await deletePracticeExam(owner, row.id);
    expect((await milestones(owner)).byKey("EXAM_PREP:baseline-exam")).toMatchObject({ status: "OPEN", autoReason: null });
  });

  it("ten sent applications complete the apply milestone; deleting one reopens it", async () => {
    const { owner } = await planned();
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) {
      const fields = {
        company: `Clinic ${i}`,
        title: "Coder",
        roleType: "MEDICAL_CODER",
        workMode: "REMOTE",
        source: "INDEED",
        appliedOn: addDays(todayIso(), -i),
      } as const;
      ids.push((await createApplication(owner, fields, { confirmPhi: true })).id);
    }
    expect((await milestones(owner)).byKey("JOB_HUNT:apply-entry-coding").status).toBe("DONE");
    await deleteApplication(owner, ids[0]!);
    expect((await milestones(owner)).byKey("JOB_HUNT:apply-entry-coding").status).toBe("OPEN");
  });
});

describe("concurrency", () => {
  it("concurrent writes for one learner neither deadlock nor apply a change twice", async () => {
    const { owner } = await planned();
    const planDate = (await milestones(owner)).byKey(SIT).dueDate;
    const a = addDays(todayIso(), 20);
    const b = addDays(todayIso(), 27);
    await Promise.all([
      scheduleExam(owner, "CPC", a),
      scheduleExam(owner, "CPC", b),
      logPracticeExam(owner, { takenOn: todayIso(), credentialCode: "CPC", questions: 100, correct: 71, minutes: 220 }),
      logPracticeExam(owner, { takenOn: todayIso(), credentialCode: "CPC", questions: 100, correct: 73, minutes: 220 }),
    ]);
    const rows = await db.planMilestone.findMany({ where: { userId: owner.id, key: { in: [SCHEDULE, SIT] } } });
    const sit = rows.find((r) => r.key === SIT)!;
    const goal = await db.credentialGoal.findUniqueOrThrow({
      where: { userId_credentialCode: { userId: owner.id, credentialCode: "CPC" } },
    });
    // The milestone follows whichever booking committed last, and still remembers the plan's own date.
    expect(sit.dueDate).toEqual(goal.examDate);
    expect(sit.planDueDate?.toISOString().slice(0, 10)).toBe(planDate);
    expect(rows.find((r) => r.key === SCHEDULE)).toMatchObject({ status: "DONE" });
    await scheduleExam(owner, "CPC", null);
    expect((await milestones(owner)).byKey(SIT).dueDate).toBe(planDate);
  });
});
