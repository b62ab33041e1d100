// The job-hunt summary for the learner dashboard in one query whatever the data size:
// counts per stage, follow-ups due today or overdue, and applications sent in the last 21 days.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { APPLICATION_STAGES, TERMINAL_STAGES, type ApplicationStage } from "@/lib/domain/applications";
import { addDays } from "@/lib/domain/dates";
import { assertCan } from "@/lib/data/access";
import { todayIso } from "@/lib/data/dates";
import { requireStaffAccessToLearner } from "@/lib/data/access";

const RECENT_DAYS = 21;

export interface JobHuntSummary {
  today: string;
  stageCounts: Record<ApplicationStage, number>;
  total: number;
  dueToday: FollowUpDue[];
  overdue: FollowUpDue[];
  appliedRecently: number;
  recentDays: number;
}
export interface FollowUpDue {
  id: string;
  company: string;
  title: string;
  followUpOn: string;
}

export async function getJobHuntSummary(actor: CurrentUser, now: Date = new Date()): Promise<JobHuntSummary> {
  assertCan(actor, "read:job-hunt:own");
  return loadSummary(actor.id, now);
}

/** The same summary for a program's advisor or admin with access to this learner. */
export async function getJobHuntSummaryForStaff(actor: CurrentUser, learnerId: string, now: Date = new Date()): Promise<JobHuntSummary> {
  await requireStaffAccessToLearner(actor, learnerId, "read:learner-dashboard:cohort");
  return loadSummary(learnerId, now);
}

// One statement: counts per stage, the due follow-ups (oldest first, at most 50) and the
// number sent recently, each built by Postgres (dates as ISO strings).
export interface SummaryRow {
  stageCounts: Partial<Record<ApplicationStage, number>>;
  due: FollowUpDue[];
  appliedRecently: number;
}

/** The summary's columns, for a statement of one row (the learner home page combines them
 *  with the dashboard's in one round trip). */
export function summaryColumns(userId: string, today: string): Prisma.Sql {
  return Prisma.sql`
      (SELECT COALESCE(json_object_agg(s.stage, s.n), '{}') FROM (
        SELECT a.stage, count(*)::int AS n FROM "JobApplication" a WHERE a."userId" = ${userId} GROUP BY a.stage) s) AS "stageCounts",
      (SELECT COALESCE(json_agg(json_build_object('id', d.id, 'company', d.company, 'title', d.title, 'followUpOn', to_char(d."followUpOn", 'YYYY-MM-DD'))
          ORDER BY d."followUpOn", d.company), '[]') FROM (
        SELECT a.id, a.company, a.title, a."followUpOn" FROM "JobApplication" a
        WHERE a."userId" = ${userId} AND a."followUpOn" <= ${today}::date AND a.stage::text <> ALL(${[...TERMINAL_STAGES]}::text[])
        ORDER BY a."followUpOn", a.company LIMIT 50) d) AS due,
      (SELECT count(*)::int FROM "JobApplication" a WHERE a."userId" = ${userId} AND a."appliedOn" >= ${addDays(today, -RECENT_DAYS)}::date) AS "appliedRecently"`;
}

async function loadSummary(userId: string, now: Date): Promise<JobHuntSummary> {
  const today = todayIso(now);
  const [row] = await db.$queryRaw<SummaryRow[]>`SELECT ${summaryColumns(userId, today)}`;
  return buildSummary(row, today);
}

export function buildSummary(row: SummaryRow | undefined, today: string): JobHuntSummary {
  const stageCounts = Object.fromEntries(APPLICATION_STAGES.map((s) => [s, row?.stageCounts[s] ?? 0])) as Record<ApplicationStage, number>;
  const rows = row?.due ?? [];
  return {
    today,
    stageCounts,
    total: Object.values(stageCounts).reduce((n, c) => n + c, 0),
    dueToday: rows.filter((r) => r.followUpOn === today),
    overdue: rows.filter((r) => r.followUpOn < today),
    appliedRecently: row?.appliedRecently ?? 0,
    recentDays: RECENT_DAYS,
  };
}
