// Loads the rows behind a learner's calendar (lib/domain/calendar-events). No access check
// here: callers have already established whose calendar it is — the signed-in learner for the
// .ics downloads, a valid subscription token for the feed (lib/data/learner/calendar-feed).
import "server-only";
import { db } from "@/lib/db";
import { followUpCalendarEvents, planCalendarEvents } from "@/lib/domain/calendar-events";
import { TERMINAL_STAGES } from "@/lib/domain/applications";
import type { IcsEvent } from "@/lib/domain/ics";
import { toIso } from "@/lib/data/dates";

export async function planCalendarOf(userId: string): Promise<IcsEvent[]> {
  const [milestones, goals, plan] = await Promise.all([
    db.planMilestone.findMany({
      where: { userId },
      orderBy: [{ dueDate: "asc" }, { key: "asc" }],
      select: { id: true, title: true, description: true, status: true, dueDate: true, customDueDate: true, updatedAt: true },
    }),
    db.credentialGoal.findMany({
      where: { userId, examDate: { not: null } },
      orderBy: { credentialCode: "asc" },
      select: { id: true, credentialCode: true, examDate: true, updatedAt: true },
    }),
    db.learnerPlan.findUnique({ where: { userId }, select: { credentialCode: true, targetExamDate: true, updatedAt: true } }),
  ]);
  return planCalendarEvents(
    milestones.map((m) => ({ ...m, dueDate: toIso(m.dueDate), customDueDate: toIso(m.customDueDate) })),
    goals.flatMap((g) => (g.examDate ? [{ ...g, examDate: toIso(g.examDate) }] : [])),
    plan && { userId, credentialCode: plan.credentialCode, targetExamDate: toIso(plan.targetExamDate), updatedAt: plan.updatedAt },
  );
}

export async function followUpCalendarOf(userId: string): Promise<IcsEvent[]> {
  const rows = await db.jobApplication.findMany({
    where: { userId, followUpOn: { not: null }, stage: { notIn: [...TERMINAL_STAGES] } },
    orderBy: { followUpOn: "asc" },
    select: { id: true, company: true, title: true, followUpOn: true, link: true, updatedAt: true },
  });
  return followUpCalendarEvents(rows.flatMap((r) => (r.followUpOn ? [{ ...r, followUpOn: toIso(r.followUpOn) }] : [])));
}
