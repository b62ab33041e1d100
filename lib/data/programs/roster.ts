// The advisor roster: every active learner of the cohorts the actor advises (or, for an
// admin, of their organizations), with progress and at-risk inputs — one SQL query however
// many learners there are. Flags, filtering and sorting are applied to that result.
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { hasPermission } from "@/lib/auth/permissions";
import { AccessDeniedError } from "@/lib/data/errors";
import { riskFlags, type FlagKind, type RiskFlag } from "@/lib/domain/at-risk";
import { createReportCache } from "@/lib/cache/report-cache";

// The roster's SQL reads every learner of the advisor's cohorts (~20 ms for 200 learners), and
// advisors reload and re-sort it far more often than learners' records change. Rows are cached
// by the exact set of cohorts (checked on every request, so losing a cohort takes effect at
// once) and the day; figures are at most a minute old, and a learner leaving drops the cache.
const rosterCache = createReportCache<RosterSqlRow[]>({
  freshMs: 15_000, maxAgeMs: 60_000, maxEntries: 500,
  onError: (error) => console.error("[roster] background refresh failed", error),
});

export function invalidateRoster() {
  rosterCache.invalidate();
}

interface RosterSqlRow {
  id: string; name: string; cohortId: string; cohortName: string; joinedOn: string; lastActiveOn: string | null;
  path: string | null; credentialCode: string | null;
  milestonesTotal: number; milestonesDone: number; overdue: number; firstOverdueOn: string | null; currentPhase: string | null; jobHuntSince: string | null;
  latestScore: number | null; previousScore: number | null; recentAvg: number | null; recentCount: number;
  examDate: string | null; passed: boolean | null;
  applications: number; lastAppliedOn: string | null; overdueFollowUps: number; firstOverdueFollowUpOn: string | null;
}

export interface RosterRow extends RosterSqlRow {
  flags: RiskFlag[];
}

export interface RosterQuery {
  cohortId?: string;
  flag?: FlagKind;
  q?: string;
  sort?: "name" | "cohort" | "lastActive" | "progress" | "score" | "flags" | "exam";
  dir?: "asc" | "desc";
}

export async function getRosterScope(actor: CurrentUser) {
  if (!hasPermission(actor, "read:roster:cohort")) throw new AccessDeniedError();
  return db.cohort.findMany({
    where: {
      archivedAt: null,
      OR: [
        { organizationId: { in: actor.adminOrgIds } },
        { organizationId: { in: actor.advisorOrgIds }, advisors: { some: { userId: actor.id } } },
      ],
    },
    select: { id: true, name: true, organization: { select: { name: true } } },
    orderBy: { name: "asc" },
  });
}

export async function getRoster(actor: CurrentUser, query: RosterQuery, today: string) {
  const cohorts = await getRosterScope(actor);
  const ids = cohorts.map((c) => c.id).filter((id) => !query.cohortId || id === query.cohortId);
  if (ids.length === 0) return { cohorts, rows: [] as RosterRow[], computedAt: new Date() };
  const { value: rows, computedAt } = await rosterCache.get(`${today}|${[...ids].sort().join(",")}`, () => queryRoster(ids, today));
  let result: RosterRow[] = rows.map((row) => ({
    ...row,
    flags: riskFlags({
      today, joinedOn: row.joinedOn, lastActiveOn: row.lastActiveOn, overdueMilestones: row.overdue, firstOverdueOn: row.firstOverdueOn,
      examDate: row.examDate, passed: !!row.passed, recentPracticeAverage: row.recentAvg, recentPracticeCount: row.recentCount,
      inJobHuntPhase: row.currentPhase === "JOB_HUNT" || !!row.passed, jobHuntSince: row.jobHuntSince && row.jobHuntSince <= today ? row.jobHuntSince : null,
      lastApplicationOn: row.lastAppliedOn, overdueFollowUps: row.overdueFollowUps, firstOverdueFollowUpOn: row.firstOverdueFollowUpOn,
    }),
  }));
  if (query.flag) result = result.filter((r) => r.flags.some((f) => f.kind === query.flag));
  const q = query.q?.trim().toLowerCase();
  if (q) result = result.filter((r) => r.name.toLowerCase().includes(q));
  return { cohorts, rows: sortRoster(result, query.sort ?? "flags", query.dir), computedAt };
}

function queryRoster(ids: string[], today: string) {
  return db.$queryRaw<RosterSqlRow[]>`
    WITH roster AS (
      SELECT DISTINCT ON (cl."userId") cl."userId", c.id AS "cohortId", c.name AS "cohortName", cl."joinedAt"
      FROM "CohortLearner" cl JOIN "Cohort" c ON c.id = cl."cohortId"
      WHERE cl."leftAt" IS NULL AND c.id = ANY(${ids}::text[])
      ORDER BY cl."userId", cl."joinedAt" DESC
    )
    SELECT r."userId" AS id, u.name, r."cohortId", r."cohortName",
      to_char(r."joinedAt", 'YYYY-MM-DD') AS "joinedOn", to_char(u."lastActiveAt", 'YYYY-MM-DD') AS "lastActiveOn",
      lp.path, lp."credentialCode",
      COALESCE(ms.total, 0)::int AS "milestonesTotal", COALESCE(ms.done, 0)::int AS "milestonesDone", COALESCE(ms.overdue, 0)::int AS overdue,
      to_char(ms."firstOverdue", 'YYYY-MM-DD') AS "firstOverdueOn", ms."currentPhase", to_char(ms."jobHuntSince", 'YYYY-MM-DD') AS "jobHuntSince",
      pe.latest::float AS "latestScore", pe.previous::float AS "previousScore", pe."recentAvg"::float AS "recentAvg", COALESCE(pe."recentCount", 0)::int AS "recentCount",
      to_char(cg."examDate", 'YYYY-MM-DD') AS "examDate", cg.passed,
      COALESCE(ja.apps, 0)::int AS applications, to_char(ja."lastApplied", 'YYYY-MM-DD') AS "lastAppliedOn",
      COALESCE(ja."overdueFollowUps", 0)::int AS "overdueFollowUps", to_char(ja."firstOverdueFollowUp", 'YYYY-MM-DD') AS "firstOverdueFollowUpOn"
    FROM roster r
    JOIN "User" u ON u.id = r."userId"
    LEFT JOIN "LearnerProfile" lp ON lp."userId" = r."userId"
    LEFT JOIN LATERAL (
      SELECT count(*) AS total, count(*) FILTER (WHERE m.status = 'DONE') AS done,
        count(*) FILTER (WHERE m.status = 'OPEN' AND COALESCE(m."customDueDate", m."dueDate") < ${today}::date) AS overdue,
        min(COALESCE(m."customDueDate", m."dueDate")) FILTER (WHERE m.status = 'OPEN' AND COALESCE(m."customDueDate", m."dueDate") < ${today}::date) AS "firstOverdue",
        (array_agg(m.phase ORDER BY COALESCE(m."customDueDate", m."dueDate")) FILTER (WHERE m.status = 'OPEN'))[1] AS "currentPhase",
        min(m."dueDate") FILTER (WHERE m.phase = 'JOB_HUNT') AS "jobHuntSince"
      FROM "PlanMilestone" m WHERE m."userId" = r."userId"
    ) ms ON true
    LEFT JOIN LATERAL (
      SELECT (array_agg(round(100.0 * p.correct / NULLIF(p.questions, 0)) ORDER BY p."takenOn" DESC, p."createdAt" DESC))[1] AS latest,
        (array_agg(round(100.0 * p.correct / NULLIF(p.questions, 0)) ORDER BY p."takenOn" DESC, p."createdAt" DESC))[2] AS previous,
        avg(100.0 * p.correct / NULLIF(p.questions, 0)) FILTER (WHERE p."takenOn" >= ${today}::date - 60) AS "recentAvg",
        count(*) FILTER (WHERE p."takenOn" >= ${today}::date - 60) AS "recentCount"
      FROM "PracticeExam" p WHERE p."userId" = r."userId"
    ) pe ON true
    LEFT JOIN LATERAL (
      SELECT min(g."examDate") FILTER (WHERE g."passedOn" IS NULL AND g."examDate" >= ${today}::date) AS "examDate",
        bool_or(g."passedOn" IS NOT NULL) AS passed
      FROM "CredentialGoal" g WHERE g."userId" = r."userId"
    ) cg ON true
    LEFT JOIN LATERAL (
      SELECT count(*) AS apps,
        max(COALESCE(a."appliedOn", a."createdAt"::date)) FILTER (WHERE a.stage <> 'SAVED') AS "lastApplied",
        count(*) FILTER (WHERE a."followUpOn" < ${today}::date AND a.stage IN ('SAVED', 'APPLIED', 'INTERVIEWING', 'OFFER')) AS "overdueFollowUps",
        min(a."followUpOn") FILTER (WHERE a."followUpOn" < ${today}::date AND a.stage IN ('SAVED', 'APPLIED', 'INTERVIEWING', 'OFFER')) AS "firstOverdueFollowUp"
      FROM "JobApplication" a WHERE a."userId" = r."userId"
    ) ja ON true`;
}

const NAME_ORDER = new Intl.Collator("en-US"); // built once: localeCompare builds one per call

function sortRoster(rows: RosterRow[], sort: NonNullable<RosterQuery["sort"]>, dir?: "asc" | "desc"): RosterRow[] {
  const key: Record<typeof sort, (r: RosterRow) => string | number> = {
    name: (r) => r.name.toLowerCase(),
    cohort: (r) => r.cohortName.toLowerCase(),
    lastActive: (r) => r.lastActiveOn ?? "",
    progress: (r) => (r.milestonesTotal ? r.milestonesDone / r.milestonesTotal : 0),
    score: (r) => r.latestScore ?? -1,
    flags: (r) => r.flags.length,
    exam: (r) => r.examDate ?? "9999",
  };
  const descending = dir ? dir === "desc" : sort === "flags";
  const f = key[sort];
  return [...rows].sort((a, b) => {
    const x = f(a), y = f(b);
    const c = x < y ? -1 : x > y ? 1 : NAME_ORDER.compare(a.name, b.name);
    return descending ? -c : c;
  });
}
