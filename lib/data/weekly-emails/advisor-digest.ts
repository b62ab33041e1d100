// The advisor weekly digest (issue 15 §3): for each advisor, over the cohorts they advise, the
// learners newly at risk since the last digest, those who recovered, and exams in the next two
// weeks. The flags and tiers are the roster's own (getRoster: the one at-risk rule on the one
// roster query), read as that advisor, so the digest can name nobody the roster would not show.
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { getRoster } from "@/lib/data/programs/roster";
import { todayIso } from "@/lib/data/dates";
import { advisorDigestEmail } from "@/lib/email/weekly-templates";
import { appUrl } from "@/lib/env";
import {
  digestChanges,
  digestHasNews,
  readDigestSnapshot,
  UPCOMING_EXAM_DAYS,
  weekOf,
  weeklyEmailEnabled,
} from "@/lib/domain/weekly-email";
import { forEachPerson, previousWeekSnapshot, recordWeek } from "@/lib/data/weekly-emails/week-record";

interface AdvisorRow {
  id: string;
  email: string;
  name: string;
  sessionVersion: number;
  advisorOrgIds: string[];
  pref: boolean | null;
}

/**
 * Everyone assigned to a live cohort of an organization they advise, who has no digest row for
 * the week yet, with their choice (null: never chose).
 */
function advisorsDue(week: string) {
  return db.$queryRaw<AdvisorRow[]>`
    SELECT u.id, u.email, u.name, u."sessionVersion",
      ARRAY(SELECT m."organizationId" FROM "Membership" m WHERE m."userId" = u.id AND m.role = 'ADVISOR' ORDER BY m."createdAt") AS "advisorOrgIds",
      (SELECT p.enabled FROM "WeeklyEmailPreference" p WHERE p."userId" = u.id AND p.kind = 'ADVISOR_DIGEST') AS pref
    FROM "User" u
    WHERE EXISTS (
        SELECT 1 FROM "CohortAdvisor" ca JOIN "Cohort" c ON c.id = ca."cohortId"
        JOIN "Membership" m ON m."organizationId" = c."organizationId" AND m."userId" = ca."userId" AND m.role = 'ADVISOR'
        WHERE ca."userId" = u.id AND c."archivedAt" IS NULL)
      AND NOT EXISTS (SELECT 1 FROM "WeeklyEmail" w WHERE w."userId" = u.id AND w.kind = 'ADVISOR_DIGEST' AND w."weekOf" = ${week}::date)
    ORDER BY u.id`;
}

/**
 * The advisor as the roster sees them when acting as an advisor only: an advisor who also
 * administers a program gets the digest of the cohorts they advise, not of the whole program.
 */
function asAdvisor(a: AdvisorRow): CurrentUser {
  return {
    id: a.id,
    email: a.email,
    name: a.name,
    sessionVersion: a.sessionVersion,
    roles: ["user", "advisor"],
    isLearner: false,
    adminOrgIds: [],
    advisorOrgIds: a.advisorOrgIds,
  };
}

/**
 * Queues this week's digest for every advisor who has not turned it off. Safe to run twice: a
 * week already recorded for an advisor is skipped (lib/data/weekly-emails/week-record.ts).
 * A system job, run only from the worker's "advisor-digest" schedule. Returns emails queued.
 */
export async function sendAdvisorDigests(now: Date = new Date()): Promise<number> {
  const today = todayIso(now);
  const week = weekOf(today);
  const baseUrl = appUrl();
  const due = (await advisorsDue(week)).filter((a) => weeklyEmailEnabled("ADVISOR_DIGEST", a.pref));
  return forEachPerson("ADVISOR_DIGEST", due, async (advisor) => {
    const { rows } = await getRoster(asAdvisor(advisor), {}, today);
    const previous = readDigestSnapshot(await previousWeekSnapshot(advisor.id, "ADVISOR_DIGEST", week));
    const changes = digestChanges(rows, previous, today);
    // An advisor with no learners, or a week with nothing new, gets no email; the week is still
    // recorded so next week compares with this one (see digestHasNews).
    const message =
      rows.length > 0 && digestHasNews(changes)
        ? advisorDigestEmail({
            to: advisor.email,
            name: advisor.name,
            weekOf: week,
            newlyAtRisk: changes.newlyAtRisk,
            recovered: changes.recovered,
            stillAtRisk: changes.stillAtRisk,
            upcomingExams: changes.upcomingExams,
            upcomingDays: UPCOMING_EXAM_DAYS,
            baseUrl,
          })
        : null;
    return recordWeek(advisor.id, "ADVISOR_DIGEST", week, changes.snapshot, message);
  });
}
