// The job-hunt summary for the learner dashboard in three queries whatever the data size:
// counts per stage, follow-ups due today or overdue, and applications sent in the last 21 days.
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { APPLICATION_STAGES, TERMINAL_STAGES, type ApplicationStage } from "@/lib/domain/applications";
import { addDays, toUtcDate } from "@/lib/domain/dates";
import { assertCan, isoOrNull, todayIso } from "./access";
import { requireStaffAccessToLearner } from "@/lib/data/programs/access";

export const RECENT_DAYS = 21;

export interface JobHuntSummary {
  today: string;
  stageCounts: Record<ApplicationStage, number>;
  total: number;
  dueToday: FollowUpDue[];
  overdue: FollowUpDue[];
  appliedRecently: number;
  recentDays: number;
}
export interface FollowUpDue { id: string; company: string; title: string; followUpOn: string }

export async function getJobHuntSummary(actor: CurrentUser, now: Date = new Date()): Promise<JobHuntSummary> {
  assertCan(actor, "read:job-hunt:own");
  return loadSummary(actor.id, now);
}

/** The same summary for a program's advisor or admin with access to this learner. */
export async function getJobHuntSummaryForStaff(actor: CurrentUser, learnerId: string, now: Date = new Date()): Promise<JobHuntSummary> {
  await requireStaffAccessToLearner(actor, learnerId, "read:learner-dashboard:cohort");
  return loadSummary(learnerId, now);
}

async function loadSummary(userId: string, now: Date): Promise<JobHuntSummary> {
  const actor = { id: userId };
  const today = todayIso(now);
  const [groups, due, appliedRecently] = await Promise.all([
    db.jobApplication.groupBy({ by: ["stage"], where: { userId: actor.id }, _count: { _all: true } }),
    db.jobApplication.findMany({
      where: { userId: actor.id, followUpOn: { lte: toUtcDate(today) }, stage: { notIn: [...TERMINAL_STAGES] } },
      select: { id: true, company: true, title: true, followUpOn: true },
      orderBy: [{ followUpOn: "asc" }, { company: "asc" }],
      take: 50,
    }),
    db.jobApplication.count({ where: { userId: actor.id, appliedOn: { gte: toUtcDate(addDays(today, -RECENT_DAYS)) } } }),
  ]);
  const stageCounts = Object.fromEntries(APPLICATION_STAGES.map((s) => [s, 0])) as Record<ApplicationStage, number>;
  for (const g of groups) stageCounts[g.stage] = g._count._all;
  const rows = due.map((d) => ({ id: d.id, company: d.company, title: d.title, followUpOn: isoOrNull(d.followUpOn) ?? today }));
  return {
    today, stageCounts, total: groups.reduce((n, g) => n + g._count._all, 0),
    dueToday: rows.filter((r) => r.followUpOn === today), overdue: rows.filter((r) => r.followUpOn < today), appliedRecently, recentDays: RECENT_DAYS,
  };
}
