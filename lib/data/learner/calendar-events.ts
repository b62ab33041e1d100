// Loads the rows behind a learner's calendar (lib/domain/calendar-events). No access check
// here: callers have already established whose calendar it is — the signed-in learner for the
// .ics downloads, a valid subscription token for the feed (lib/data/learner/calendar-feed).
import "server-only";
import { db } from "@/lib/db";
import { followUpCalendarEvents, planCalendarEvents } from "@/lib/domain/calendar-events";
import { TERMINAL_STAGES } from "@/lib/domain/applications";
import type { IcsEvent } from "@/lib/domain/ics";
import { addDays } from "@/lib/domain/dates";
import { toDbDate, todayIso, toIso } from "@/lib/data/dates";

// Bounds: plan milestones come from the plan's templates (a few dozen) and are all shown,
// capped anyway; follow-ups are the learner's own and unbounded in number (imports), so at most
// CALENDAR_MAX_PER_KIND, and in the subscription feed, which anyone with its link can poll
// without a session, only those from 90 days ago to two years ahead, nearest first. The
// signed-in .ics download keeps far-off dates the learner chose.
export const CALENDAR_PAST_DAYS = 90;
export const CALENDAR_FUTURE_DAYS = 730;
export const CALENDAR_MAX_PER_KIND = 500;

function window(now: Date) {
  const today = todayIso(now);
  return { gte: toDbDate(addDays(today, -CALENDAR_PAST_DAYS)), lte: toDbDate(addDays(today, CALENDAR_FUTURE_DAYS)) };
}

export async function planCalendarOf(userId: string): Promise<IcsEvent[]> {
  const [milestones, goals, plan] = await Promise.all([
    db.planMilestone.findMany({
      where: { userId },
      orderBy: [{ dueDate: "asc" }, { key: "asc" }],
      take: CALENDAR_MAX_PER_KIND,
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
    plan && {
      userId,
      credentialCode: plan.credentialCode,
      targetExamDate: toIso(plan.targetExamDate),
      updatedAt: plan.updatedAt,
    },
  );
}

export async function followUpCalendarOf(userId: string, feedAt?: Date): Promise<IcsEvent[]> {
  const rows = await db.jobApplication.findMany({
    where: { userId, followUpOn: feedAt ? window(feedAt) : { not: null }, stage: { notIn: [...TERMINAL_STAGES] } },
    orderBy: [{ followUpOn: "asc" }, { id: "asc" }],
    take: CALENDAR_MAX_PER_KIND,
    select: { id: true, company: true, title: true, followUpOn: true, link: true, updatedAt: true },
  });
  return followUpCalendarEvents(rows.flatMap((r) => (r.followUpOn ? [{ ...r, followUpOn: toIso(r.followUpOn) }] : [])));
}
