// The plan follows events (issue 13): the measured defects (a booked exam left "Schedule the
// exam" and "Sit the exam" overdue) and the rule's promises about hand-made choices.
import { describe, expect, it } from "vitest";
import { applyPlanChanges, planEventChanges, type FollowingMilestone, type PlanFacts } from "@/lib/domain/plan-events";
import { isOverdue } from "@/lib/domain/plan";

const TODAY = "2026-12-02";

function milestone(key: string, dueDate: string, over: Partial<FollowingMilestone> = {}): FollowingMilestone {
  return {
    id: key,
    key,
    status: "OPEN",
    dueDate,
    customDueDate: null,
    planDueDate: null,
    autoCompleted: false,
    autoReason: null,
    autoOptOut: false,
    ...over,
  };
}

const NONE: PlanFacts = { credentialCode: "CPC", examDate: null, attempts: [], practiceExams: [], applicationsSent: 0 };
const SCHEDULED: PlanFacts = { ...NONE, examDate: "2026-12-21" };

const plan = () => [
  milestone("EXAM_PREP:schedule-exam", "2026-10-01"),
  milestone("EXAM_PREP:sit-exam", "2026-11-10"),
  milestone("FOUNDATION:enroll", "2026-01-05", { status: "DONE" }),
];

function after(milestones: FollowingMilestone[], facts: PlanFacts) {
  return applyPlanChanges(milestones, planEventChanges(milestones, facts));
}

const byKey = (ms: FollowingMilestone[], key: string) => ms.find((m) => m.key === key)!;

describe("the plan follows a booked exam (measured defect)", () => {
  it("a learner with the exam booked for Dec 21 has nothing overdue about scheduling or sitting it", () => {
    const before = plan();
    expect(before.filter((m) => isOverdue(m, TODAY)).map((m) => m.key)).toEqual(["EXAM_PREP:schedule-exam", "EXAM_PREP:sit-exam"]);
    const now = after(before, SCHEDULED);
    expect(now.filter((m) => isOverdue(m, TODAY))).toEqual([]);
  });

  it("completes “Schedule the exam” automatically and says why", () => {
    const changes = planEventChanges(plan(), SCHEDULED);
    expect(changes).toContainEqual({
      kind: "COMPLETE",
      id: "EXAM_PREP:schedule-exam",
      reason: "you scheduled the CPC exam for Dec 21, 2026",
    });
  });

  it("moves “Sit the exam” to the booked date, remembering the plan's date", () => {
    const sit = byKey(after(plan(), SCHEDULED), "EXAM_PREP:sit-exam");
    expect(sit).toMatchObject({ status: "OPEN", dueDate: "2026-12-21", planDueDate: "2026-11-10" });
  });

  it("is idempotent: applying twice changes nothing more", () => {
    const once = after(plan(), SCHEDULED);
    expect(planEventChanges(once, SCHEDULED)).toEqual([]);
  });

  it("a moved exam date moves the milestone and the reason, keeping the original plan date", () => {
    const once = after(plan(), SCHEDULED);
    const moved = after(once, { ...SCHEDULED, examDate: "2027-01-08" });
    expect(byKey(moved, "EXAM_PREP:sit-exam")).toMatchObject({ dueDate: "2027-01-08", planDueDate: "2026-11-10" });
    expect(byKey(moved, "EXAM_PREP:schedule-exam").autoReason).toBe("you scheduled the CPC exam for Jan 8, 2027");
  });

  it("deleting the schedule reopens the automatic completion and restores the plan's date", () => {
    const back = after(after(plan(), SCHEDULED), NONE);
    expect(byKey(back, "EXAM_PREP:schedule-exam")).toMatchObject({ status: "OPEN", autoCompleted: false, autoReason: null });
    expect(byKey(back, "EXAM_PREP:sit-exam")).toMatchObject({ dueDate: "2026-11-10", planDueDate: null });
  });
});

describe("hand-made choices win", () => {
  it("never touches a milestone completed by hand, even when the fact disappears", () => {
    const ms = [milestone("EXAM_PREP:schedule-exam", "2026-10-01", { status: "DONE" })];
    expect(planEventChanges(ms, SCHEDULED)).toEqual([]);
    expect(planEventChanges(ms, NONE)).toEqual([]);
  });

  it("never completes a skipped milestone", () => {
    expect(planEventChanges([milestone("EXAM_PREP:schedule-exam", "2026-10-01", { status: "SKIPPED" })], SCHEDULED)).toEqual([]);
  });

  it("never completes again once the learner undid it (opt-out)", () => {
    expect(planEventChanges([milestone("EXAM_PREP:schedule-exam", "2026-10-01", { autoOptOut: true })], SCHEDULED)).toEqual([]);
  });

  it("keeps the learner's own date: no re-dating under a customDueDate", () => {
    const ms = [milestone("EXAM_PREP:sit-exam", "2026-11-10", { customDueDate: "2026-12-01" })];
    expect(planEventChanges(ms, SCHEDULED)).toEqual([]);
  });

  it("ignores milestones no event satisfies", () => {
    expect(planEventChanges([milestone("FOUNDATION:medical-terminology", "2026-02-01")], { ...SCHEDULED, applicationsSent: 50 })).toEqual(
      [],
    );
  });
});

describe("other events", () => {
  it("a recorded attempt completes sitting (and booking) the exam, pass or fail", () => {
    const facts: PlanFacts = { ...NONE, attempts: [{ takenOn: "2026-11-12", passed: false }] };
    const now = after(plan(), facts);
    expect(byKey(now, "EXAM_PREP:sit-exam")).toMatchObject({
      status: "DONE",
      autoReason: "you recorded your CPC exam on Nov 12, 2026 (not passed this time)",
    });
    expect(byKey(now, "EXAM_PREP:schedule-exam").status).toBe("DONE");
  });

  const exam = (takenOn: string, correct: number) => ({ takenOn, questions: 100, correct });

  it("practice exams: baseline on the first, second on a later one at the bar, final on three recent at the bar", () => {
    const ms = [
      milestone("EXAM_PREP:baseline-exam", "2026-09-01"),
      milestone("EXAM_PREP:second-exam", "2026-10-15"),
      milestone("EXAM_PREP:final-exam", "2026-11-01"),
    ];
    const first = after(ms, { ...NONE, practiceExams: [exam("2026-09-02", 64)] });
    expect(first.map((m) => m.status)).toEqual(["DONE", "OPEN", "OPEN"]);
    expect(byKey(first, "EXAM_PREP:baseline-exam").autoReason).toBe("you logged a CPC practice exam on Sep 2, 2026 (64%)");
    // A first exam at the bar is the baseline, not the second exam.
    expect(after(ms, { ...NONE, practiceExams: [exam("2026-09-02", 80)] }).map((m) => m.status)).toEqual(["DONE", "OPEN", "OPEN"]);
    const three = [exam("2026-09-02", 64), exam("2026-10-01", 70), exam("2026-10-20", 72), exam("2026-11-01", 75)];
    const ready = after(ms, { ...NONE, practiceExams: three });
    expect(ready.map((m) => m.status)).toEqual(["DONE", "DONE", "DONE"]);
    expect(byKey(ready, "EXAM_PREP:second-exam").autoReason).toBe(
      "your CPC practice exam on Oct 1, 2026 scored 70%, at or above the 70% bar",
    );
    // A recent miss below the bar reopens the final one only.
    const slipped = after(ready, { ...NONE, practiceExams: [...three, exam("2026-11-20", 60)] });
    expect(slipped.map((m) => m.status)).toEqual(["DONE", "DONE", "OPEN"]);
  });

  it("deleting the only practice exam reopens the baseline milestone", () => {
    const ms = [milestone("EXAM_PREP:baseline-exam", "2026-09-01")];
    const done = after(ms, { ...NONE, practiceExams: [exam("2026-09-02", 64)] });
    expect(after(done, NONE)[0]).toMatchObject({ status: "OPEN", autoCompleted: false });
  });

  it("ten sent applications complete the apply milestone", () => {
    const ms = [milestone("JOB_HUNT:apply-entry-coding", "2026-11-01")];
    expect(after(ms, { ...NONE, applicationsSent: 9 })[0]!.status).toBe("OPEN");
    expect(after(ms, { ...NONE, applicationsSent: 10 })[0]).toMatchObject({ status: "DONE", autoReason: "you have sent 10 applications" });
  });
});
