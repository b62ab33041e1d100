// The learner weekly summary (issue 15 §3, opt-in): plan progress on the dashboard's one scale
// (planProgress), the next three open milestones (nextActions, overdue first) and the
// follow-ups due by the end of the week. A system job, run only from the worker's
// "learner-summary" schedule; only learners who turned the summary on are read.
import "server-only";
import { db } from "@/lib/db";
import { isoOrNull, todayIso } from "@/lib/data/dates";
import { openFollowUpsDueBy } from "@/lib/data/job-hunt/follow-ups";
import { learnerSummaryEmail } from "@/lib/email/weekly-templates";
import { appUrl } from "@/lib/env";
import { nextActions, planProgress } from "@/lib/domain/plan-progress";
import { weekEnd, weekOf, weeklyEmailEnabled } from "@/lib/domain/weekly-email";
import type { MilestoneStatus } from "@/lib/domain/types";
import { forEachPerson, recordWeek } from "@/lib/data/weekly-emails/week-record";

/** Learners with a stored choice for the summary and no row for the week yet (the default is off). */
function learnersDue(week: string) {
  return db.$queryRaw<{ id: string; email: string; name: string; pref: boolean | null }[]>`
    SELECT u.id, u.email, u.name, p.enabled AS pref
    FROM "WeeklyEmailPreference" p JOIN "User" u ON u.id = p."userId"
    WHERE p.kind = 'LEARNER_SUMMARY'
      AND EXISTS (SELECT 1 FROM "LearnerProfile" lp WHERE lp."userId" = u.id)
      AND NOT EXISTS (SELECT 1 FROM "WeeklyEmail" w WHERE w."userId" = u.id AND w.kind = 'LEARNER_SUMMARY' AND w."weekOf" = ${week}::date)
    ORDER BY u.id`;
}

async function milestonesOf(userId: string) {
  const rows = await db.planMilestone.findMany({
    where: { userId },
    select: { id: true, key: true, title: true, status: true, dueDate: true, customDueDate: true },
  });
  return rows.map((m) => ({
    id: m.id,
    key: m.key,
    title: m.title,
    status: m.status as MilestoneStatus,
    dueDate: isoOrNull(m.dueDate)!,
    customDueDate: isoOrNull(m.customDueDate),
  }));
}

/** Queues this week's summary for each learner who turned it on. Safe to run twice. Returns emails queued. */
export async function sendLearnerSummaries(now: Date = new Date()): Promise<number> {
  const today = todayIso(now);
  const week = weekOf(today);
  const baseUrl = appUrl();
  const due = (await learnersDue(week)).filter((l) => weeklyEmailEnabled("LEARNER_SUMMARY", l.pref));
  return forEachPerson("LEARNER_SUMMARY", due, async (learner) => {
    const milestones = await milestonesOf(learner.id);
    const progress = milestones.length ? planProgress(milestones) : null;
    const actions = nextActions(milestones, today, 3).map((a) => ({ title: a.milestone.title, dueDate: a.dueDate, overdue: a.overdue }));
    const followUps = (await openFollowUpsDueBy(learner.id, weekEnd(week))).map((f) => ({ ...f, overdue: f.followUpOn < today }));
    const message = learnerSummaryEmail({
      to: learner.email,
      name: learner.name,
      weekOf: week,
      progress,
      nextActions: actions,
      followUps,
      baseUrl,
    });
    const snapshot = { progress, nextActions: actions.length, followUps: followUps.length };
    return recordWeek(learner.id, "LEARNER_SUMMARY", week, snapshot, message);
  });
}
