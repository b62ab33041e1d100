// Makes a learner's stored milestones follow what they recorded (lib/domain/plan-events):
// called inside the transaction of every write that changes a fact (exam date or attempt,
// practice exams, study sessions, applications, path, plan generation), after the write.
// A per-learner advisory lock serializes those transactions, so two concurrent writes never
// apply the same change twice or read facts the other is still changing; the milestone rows
// are also locked (FOR UPDATE) against a concurrent hand edit (mark done, undo).
// No "server-only": the demo seed (outside Next) reconciles its learners the same way.
import type { Db, Tx } from "@/lib/prisma-client";
import { fromUtcDate, toUtcDate } from "@/lib/domain/dates";
import { planEventChanges, type FollowingMilestone, type PlanChange, type PlanFacts } from "@/lib/domain/plan-events";
import type { MilestoneStatus } from "@/lib/domain/types";

/** Waits for (and, until commit, holds) the learner's plan lock. Re-entrant within a transaction. */
export async function lockPlan(tx: Tx, userId: string): Promise<void> {
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`plan:${userId}`}::text, 0))::text AS locked`;
}

/**
 * Runs `write` and then reconcilePlan in one transaction, taking the plan lock first so every
 * fact-changing transaction for a learner queues in the same order (no lock-order deadlocks).
 */
export async function writeFollowingPlan<T>(client: Db, userId: string, write: (tx: Tx) => Promise<T>): Promise<T> {
  return client.$transaction(async (tx) => {
    await lockPlan(tx, userId);
    const result = await write(tx);
    await reconcilePlan(tx, userId);
    return result;
  });
}

interface MilestoneRow {
  id: string;
  key: string;
  status: MilestoneStatus;
  dueDate: Date;
  customDueDate: Date | null;
  planDueDate: Date | null;
  autoCompletedAt: Date | null;
  autoReason: string | null;
  autoOptOut: boolean;
}

async function loadFacts(tx: Tx, userId: string, credentialCode: string): Promise<PlanFacts> {
  const [goal, attempts, practiceExams, applicationsSent] = await Promise.all([
    tx.credentialGoal.findUnique({ where: { userId_credentialCode: { userId, credentialCode } }, select: { examDate: true } }),
    tx.examAttempt.findMany({ where: { userId, credentialCode }, select: { takenOn: true, result: true } }),
    tx.practiceExam.findMany({
      where: { userId, credentialCode },
      select: { takenOn: true, questions: true, correct: true, createdAt: true },
    }),
    // Sent = ever moved past "Saved" (an applied date is set on the first move to Applied).
    tx.jobApplication.count({ where: { userId, OR: [{ appliedOn: { not: null } }, { stage: { notIn: ["SAVED", "WITHDRAWN"] } }] } }),
  ]);
  return {
    credentialCode,
    examDate: goal?.examDate ? fromUtcDate(goal.examDate) : null,
    attempts: attempts.map((a) => ({ takenOn: fromUtcDate(a.takenOn), passed: a.result === "PASSED" })),
    practiceExams: practiceExams.map((e) => ({
      takenOn: fromUtcDate(e.takenOn),
      questions: e.questions,
      correct: e.correct,
      loggedAt: e.createdAt.toISOString(),
    })),
    applicationsSent,
  };
}

async function apply(tx: Tx, change: PlanChange, now: Date): Promise<void> {
  const where = { id: change.id };
  switch (change.kind) {
    case "COMPLETE":
      await tx.planMilestone.update({
        where,
        data: { status: "DONE", completedAt: now, autoCompletedAt: now, autoReason: change.reason },
      });
      return;
    case "UPDATE_REASON":
      await tx.planMilestone.update({ where, data: { autoReason: change.reason } });
      return;
    case "REOPEN":
      await tx.planMilestone.update({ where, data: { status: "OPEN", completedAt: null, autoCompletedAt: null, autoReason: null } });
      return;
    case "REDATE":
      await tx.planMilestone.update({ where, data: { dueDate: toUtcDate(change.dueDate), planDueDate: toUtcDate(change.planDueDate) } });
      return;
    case "RESTORE_DATE":
      await tx.planMilestone.update({ where, data: { dueDate: toUtcDate(change.dueDate), planDueDate: null } });
      return;
  }
}

/** Applies the plan-event rule to the learner's milestones; returns the changes it made. */
export async function reconcilePlan(tx: Tx, userId: string, now: Date = new Date()): Promise<PlanChange[]> {
  await lockPlan(tx, userId);
  const plan = await tx.learnerPlan.findUnique({ where: { userId }, select: { credentialCode: true } });
  if (!plan) return [];
  const rows = await tx.$queryRaw<MilestoneRow[]>`
    SELECT id, key, status::text AS status, "dueDate", "customDueDate", "planDueDate", "autoCompletedAt", "autoReason", "autoOptOut"
    FROM "PlanMilestone" WHERE "userId" = ${userId} ORDER BY id FOR UPDATE`;
  const milestones: FollowingMilestone[] = rows.map((m) => ({
    id: m.id,
    key: m.key,
    status: m.status,
    dueDate: fromUtcDate(m.dueDate),
    customDueDate: m.customDueDate ? fromUtcDate(m.customDueDate) : null,
    planDueDate: m.planDueDate ? fromUtcDate(m.planDueDate) : null,
    autoCompleted: m.autoCompletedAt !== null,
    autoReason: m.autoReason,
    autoOptOut: m.autoOptOut,
  }));
  const changes = planEventChanges(milestones, await loadFacts(tx, userId, plan.credentialCode));
  for (const change of changes) await apply(tx, change, now);
  return changes;
}
