// Program outcomes computed by Postgres in one query for a whole organization: the funnel
// invited → joined → path chosen → exam scheduled → passed → placed, pass rates, placement
// within 180 days of cohort end (in-field counted separately), medians and known outcomes.
// Only learners still in a cohort count: a learner who leaves takes their data with them.
// Shape: pre-aggregated hash joins (no per-learner subqueries) and plain counts per cohort;
// the old per-learner LATERAL + count(DISTINCT) ROLLUP form took ~450 ms at 2,000 learners.
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requireOrgAdmin } from "@/lib/data/access";
import { createReportCache, type Cached } from "@/lib/cache/report-cache";
import { bumpReportVersions, reportStamp } from "@/lib/cache/report-version";
import type { Tx } from "@/lib/prisma-client";
import { IN_FIELD_ROLE_TYPES } from "@/lib/domain/application-fields";
import { logger } from "@/lib/log";

export const PLACEMENT_WINDOW_DAYS = 180;

export interface OutcomeRow {
  cohortId: string | null; // null = whole program
  cohortName: string | null;
  startDate: string | null;
  endDate: string | null;
  invited: number;
  joined: number;
  pathChosen: number;
  examScheduled: number;
  passed: number;
  placed: number;
  placedInField: number;
  attempted: number;
  passedFirstAttempt: number;
  knownOutcome: number;
  medianDaysToCertification: number | null;
  medianStartingSalary: number | null;
  salariesShared: number;
}

// The outcomes page reads through a short cache: the query scans every learner of the
// program (~40 ms at 2,000 learners), and admins reload the report far more often than its
// inputs change. Writes that change the figures bump the shared version (invalidateOutcomes),
// so every app instance recomputes on its next request; anything else is at most
// OUTCOMES_MAX_AGE_MS old (the page says when the figures were computed).
const OUTCOMES_FRESH_MS = 15_000;
const OUTCOMES_MAX_AGE_MS = 60_000;
const cache = createReportCache<OutcomeRow[]>({
  freshMs: OUTCOMES_FRESH_MS,
  maxAgeMs: OUTCOMES_MAX_AGE_MS,
  maxEntries: 500,
  onError: (error) => logger.error({ err: error }, "outcomes: background refresh failed"),
});

const ALL_PROGRAMS = "outcomes";
const programScope = (organizationId: string) => `outcomes:${organizationId}`;

/** Call after a write that can change a program's outcomes (membership, exams, jobs, cohorts); without an id, every program's. */
export async function invalidateOutcomes(organizationId?: string, tx?: Tx) {
  await bumpReportVersions([organizationId ? programScope(organizationId) : ALL_PROGRAMS], tx);
}

/** The shared version of a program's outcome inputs (this page's and the accreditor reports' caches). */
export function outcomesStamp(organizationId: string): Promise<string> {
  return reportStamp([ALL_PROGRAMS, programScope(organizationId)]);
}

/** For the outcomes page: the same figures, possibly computed up to a minute ago. */
export async function getOutcomesReport(actor: CurrentUser, organizationId: string): Promise<Cached<OutcomeRow[]>> {
  await requireOrgAdmin(actor, organizationId, "read:outcomes:org");
  return cache.get(organizationId, () => queryOutcomes(organizationId), await outcomesStamp(organizationId));
}

/** Computed now (the CSV export and tests). */
export async function getOutcomes(actor: CurrentUser, organizationId: string): Promise<OutcomeRow[]> {
  await requireOrgAdmin(actor, organizationId, "read:outcomes:org");
  return queryOutcomes(organizationId);
}

function queryOutcomes(organizationId: string): Promise<OutcomeRow[]> {
  return db.$queryRaw<OutcomeRow[]>`
    WITH members AS (
      SELECT cl."userId", c.id AS "cohortId", c."startDate", c."endDate", u.email
      FROM "CohortLearner" cl JOIN "Cohort" c ON c.id = cl."cohortId" JOIN "User" u ON u.id = cl."userId"
      WHERE c."organizationId" = ${organizationId} AND cl."leftAt" IS NULL
    ),
    uids AS (SELECT DISTINCT "userId" FROM members),
    attempts AS (
      SELECT a."userId", min(a."takenOn") FILTER (WHERE a.result = 'PASSED') AS "firstPass",
        (array_agg(a.result ORDER BY a."takenOn", a."createdAt"))[1] AS "firstResult"
      FROM "ExamAttempt" a JOIN uids USING ("userId") GROUP BY a."userId"
    ),
    jobs AS (
      SELECT a."userId", a."stageChangedAt"::date AS d, a."roleType" = ANY(${[...IN_FIELD_ROLE_TYPES]}::text[]) AS "inField", NULL::int AS salary
      FROM "JobApplication" a JOIN uids USING ("userId") WHERE a.stage = 'ACCEPTED'
      UNION ALL
      SELECT p."userId", p."startDate", p."inField", CASE WHEN p."shareSalary" THEN p."salaryUsd" END
      FROM "JobPlacement" p JOIN uids USING ("userId")
    ),
    placed AS (
      SELECT m."userId", m."cohortId", bool_or(j."inField") AS "inField"
      FROM members m JOIN jobs j ON j."userId" = m."userId"
      WHERE j.d >= m."startDate" AND (m."endDate" IS NULL OR j.d <= m."endDate" + ${PLACEMENT_WINDOW_DAYS}::int)
      GROUP BY m."userId", m."cohortId"
    ),
    salaries AS (SELECT "userId", max(salary) AS salary FROM jobs GROUP BY "userId"),
    scheduled AS (
      SELECT DISTINCT g."userId" FROM "CredentialGoal" g JOIN uids USING ("userId")
      WHERE g."examDate" IS NOT NULL OR g."passedOn" IS NOT NULL
    ),
    facts AS (
      SELECT m."userId", m."cohortId",
        (lp.path IS NOT NULL OR pl."userId" IS NOT NULL) AS "pathChosen",
        (s."userId" IS NOT NULL OR at."userId" IS NOT NULL) AS "examScheduled",
        at."firstPass" IS NOT NULL AS passed, at."userId" IS NOT NULL AS attempted, COALESCE(at."firstResult" = 'PASSED', false) AS "passedFirst",
        at."firstPass" - m."startDate" AS "daysToCert",
        pc."userId" IS NOT NULL AS placed, COALESCE(pc."inField", false) AS "placedInField",
        sa.salary
      FROM members m
      LEFT JOIN "LearnerProfile" lp ON lp."userId" = m."userId"
      LEFT JOIN "LearnerPlan" pl ON pl."userId" = m."userId"
      LEFT JOIN attempts at ON at."userId" = m."userId"
      LEFT JOIN scheduled s ON s."userId" = m."userId"
      LEFT JOIN placed pc ON pc."userId" = m."userId" AND pc."cohortId" = m."cohortId"
      LEFT JOIN salaries sa ON sa."userId" = m."userId"
    ),
    -- A learner is in a cohort at most once, so per cohort plain counts suffice; the program
    -- row counts each learner once even when they are in two cohorts (per_user).
    per_cohort AS (
      SELECT f."cohortId",
        count(*)::int AS joined,
        count(*) FILTER (WHERE f."pathChosen")::int AS "pathChosen",
        count(*) FILTER (WHERE f."examScheduled")::int AS "examScheduled",
        count(*) FILTER (WHERE f.passed)::int AS passed,
        count(*) FILTER (WHERE f.placed)::int AS placed,
        count(*) FILTER (WHERE f."placedInField")::int AS "placedInField",
        count(*) FILTER (WHERE f.attempted)::int AS attempted,
        count(*) FILTER (WHERE f."passedFirst")::int AS "passedFirstAttempt",
        count(*) FILTER (WHERE f.attempted OR f.placed)::int AS "knownOutcome",
        percentile_cont(0.5) WITHIN GROUP (ORDER BY f."daysToCert") FILTER (WHERE f."daysToCert" IS NOT NULL) AS "medianDaysToCertification",
        percentile_cont(0.5) WITHIN GROUP (ORDER BY f.salary) FILTER (WHERE f.salary IS NOT NULL) AS "medianStartingSalary",
        count(*) FILTER (WHERE f.salary IS NOT NULL)::int AS "salariesShared"
      FROM facts f GROUP BY f."cohortId"
    ),
    per_user AS (
      SELECT bool_or(f."pathChosen") AS "pathChosen", bool_or(f."examScheduled") AS "examScheduled", bool_or(f.passed) AS passed,
        bool_or(f.placed) AS placed, bool_or(f."placedInField") AS "placedInField", bool_or(f.attempted) AS attempted,
        bool_or(f."passedFirst") AS "passedFirst", bool_or(f.salary IS NOT NULL) AS salaried
      FROM facts f GROUP BY f."userId"
    ),
    program AS (
      SELECT NULL::text AS "cohortId", count(*)::int AS joined,
        count(*) FILTER (WHERE u."pathChosen")::int AS "pathChosen", count(*) FILTER (WHERE u."examScheduled")::int AS "examScheduled",
        count(*) FILTER (WHERE u.passed)::int AS passed, count(*) FILTER (WHERE u.placed)::int AS placed,
        count(*) FILTER (WHERE u."placedInField")::int AS "placedInField", count(*) FILTER (WHERE u.attempted)::int AS attempted,
        count(*) FILTER (WHERE u."passedFirst")::int AS "passedFirstAttempt", count(*) FILTER (WHERE u.attempted OR u.placed)::int AS "knownOutcome",
        (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY f."daysToCert") FROM facts f WHERE f."daysToCert" IS NOT NULL) AS "medianDaysToCertification",
        (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY f.salary) FROM facts f WHERE f.salary IS NOT NULL) AS "medianStartingSalary",
        count(*) FILTER (WHERE u.salaried)::int AS "salariesShared"
      FROM per_user u
    ),
    all_counts AS (SELECT * FROM per_cohort UNION ALL SELECT * FROM program),
    invited AS (
      SELECT i."cohortId", lower(i.email) AS email FROM "Invitation" i
      WHERE i."organizationId" = ${organizationId} AND i.role = 'LEARNER' AND i."cohortId" IS NOT NULL AND i."revokedAt" IS NULL
      UNION SELECT m."cohortId", lower(m.email) FROM members m
    ),
    invited_counts AS (
      SELECT "cohortId", count(DISTINCT email)::int AS invited FROM invited GROUP BY ROLLUP ("cohortId")
    )
    SELECT c.id AS "cohortId", c.name AS "cohortName", to_char(c."startDate", 'YYYY-MM-DD') AS "startDate",
      to_char(c."endDate", 'YYYY-MM-DD') AS "endDate",
      COALESCE(ic.invited, 0) AS invited, COALESCE(pc.joined, 0) AS joined, COALESCE(pc."pathChosen", 0) AS "pathChosen",
      COALESCE(pc."examScheduled", 0) AS "examScheduled", COALESCE(pc.passed, 0) AS passed, COALESCE(pc.placed, 0) AS placed,
      COALESCE(pc."placedInField", 0) AS "placedInField", COALESCE(pc.attempted, 0) AS attempted,
      COALESCE(pc."passedFirstAttempt", 0) AS "passedFirstAttempt", COALESCE(pc."knownOutcome", 0) AS "knownOutcome",
      pc."medianDaysToCertification"::float AS "medianDaysToCertification", pc."medianStartingSalary"::float AS "medianStartingSalary",
      COALESCE(pc."salariesShared", 0) AS "salariesShared"
    FROM (SELECT id, name, "endDate", "startDate" FROM "Cohort" WHERE "organizationId" = ${organizationId}
          UNION ALL SELECT NULL, NULL, NULL, NULL) c
    LEFT JOIN all_counts pc ON pc."cohortId" IS NOT DISTINCT FROM c.id
    LEFT JOIN invited_counts ic ON ic."cohortId" IS NOT DISTINCT FROM c.id
    ORDER BY c.id IS NULL, c."startDate" DESC NULLS LAST`;
}
