// Program outcomes computed by Postgres in one query for a whole organization: the funnel
// invited → joined → path chosen → exam scheduled → passed → placed, pass rates, placement
// within 180 days of cohort end (in-field counted separately), medians and known outcomes.
// Only learners still in a cohort count: a learner who leaves takes their data with them.
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requireOrgAdmin } from "@/lib/data/programs/access";

export const PLACEMENT_WINDOW_DAYS = 180;
const IN_FIELD_ROLES = ["MEDICAL_CODER", "OUTPATIENT_CODER", "INPATIENT_CODER", "CODING_AUDITOR", "BILLING_SPECIALIST", "PAYMENT_POSTER", "PATIENT_ACCOUNT_REP", "CLAIMS_ASSISTANT", "PRIOR_AUTH_SPECIALIST"];

export interface OutcomeRow {
  cohortId: string | null; // null = whole program
  cohortName: string | null;
  endDate: string | null;
  invited: number; joined: number; pathChosen: number; examScheduled: number; passed: number; placed: number; placedInField: number;
  attempted: number; passedFirstAttempt: number; knownOutcome: number;
  medianDaysToCertification: number | null; medianStartingSalary: number | null; salariesShared: number;
}

export async function getOutcomes(actor: CurrentUser, organizationId: string): Promise<OutcomeRow[]> {
  await requireOrgAdmin(actor, organizationId, "read:outcomes:org");
  return db.$queryRaw<OutcomeRow[]>`
    WITH members AS (
      SELECT cl."userId", c.id AS "cohortId", c."startDate", c."endDate", u.email
      FROM "CohortLearner" cl JOIN "Cohort" c ON c.id = cl."cohortId" JOIN "User" u ON u.id = cl."userId"
      WHERE c."organizationId" = ${organizationId} AND cl."leftAt" IS NULL
    ),
    invited AS (
      SELECT i."cohortId", lower(i.email) AS email FROM "Invitation" i
      WHERE i."organizationId" = ${organizationId} AND i.role = 'LEARNER' AND i."cohortId" IS NOT NULL AND i."revokedAt" IS NULL
      UNION SELECT m."cohortId", lower(m.email) FROM members m
    ),
    attempts AS (
      SELECT a."userId", min(a."takenOn") FILTER (WHERE a.result = 'PASSED') AS "firstPass",
        (array_agg(a.result ORDER BY a."takenOn", a."createdAt"))[1] AS "firstResult"
      FROM "ExamAttempt" a WHERE a."userId" IN (SELECT "userId" FROM members) GROUP BY a."userId"
    ),
    facts AS (
      SELECT m."userId", m."cohortId",
        (lp.path IS NOT NULL OR pl."userId" IS NOT NULL) AS "pathChosen",
        EXISTS (SELECT 1 FROM "CredentialGoal" g WHERE g."userId" = m."userId" AND (g."examDate" IS NOT NULL OR g."passedOn" IS NOT NULL))
          OR at."userId" IS NOT NULL AS "examScheduled",
        at."firstPass" IS NOT NULL AS passed, at."userId" IS NOT NULL AS attempted, at."firstResult" = 'PASSED' AS "passedFirst",
        at."firstPass" - m."startDate" AS "daysToCert",
        COALESCE(pl_a.placed OR pl_j.placed, false) AS placed,
        COALESCE(pl_a."inField" OR pl_j."inField", false) AS "placedInField",
        pl_j.salary
      FROM members m
      LEFT JOIN "LearnerProfile" lp ON lp."userId" = m."userId"
      LEFT JOIN "LearnerPlan" pl ON pl."userId" = m."userId"
      LEFT JOIN attempts at ON at."userId" = m."userId"
      -- Placements: an accepted offer or a recorded job within the window (index-backed per learner).
      LEFT JOIN LATERAL (
        SELECT bool_or(true) AS placed, bool_or(a."roleType" = ANY(${IN_FIELD_ROLES}::text[])) AS "inField"
        FROM "JobApplication" a
        WHERE a."userId" = m."userId" AND a.stage = 'ACCEPTED' AND a."stageChangedAt"::date >= m."startDate"
          AND (m."endDate" IS NULL OR a."stageChangedAt"::date <= m."endDate" + ${PLACEMENT_WINDOW_DAYS}::int)
      ) pl_a ON true
      LEFT JOIN LATERAL (
        SELECT bool_or(p."startDate" >= m."startDate" AND (m."endDate" IS NULL OR p."startDate" <= m."endDate" + ${PLACEMENT_WINDOW_DAYS}::int)) AS placed,
          bool_or(p."inField" AND p."startDate" >= m."startDate" AND (m."endDate" IS NULL OR p."startDate" <= m."endDate" + ${PLACEMENT_WINDOW_DAYS}::int)) AS "inField",
          max(p."salaryUsd") FILTER (WHERE p."shareSalary") AS salary
        FROM "JobPlacement" p WHERE p."userId" = m."userId"
      ) pl_j ON true
    ),
    per_cohort AS (
      SELECT f."cohortId",
        count(DISTINCT f."userId")::int AS joined,
        count(DISTINCT f."userId") FILTER (WHERE f."pathChosen")::int AS "pathChosen",
        count(DISTINCT f."userId") FILTER (WHERE f."examScheduled")::int AS "examScheduled",
        count(DISTINCT f."userId") FILTER (WHERE f.passed)::int AS passed,
        count(DISTINCT f."userId") FILTER (WHERE f.placed)::int AS placed,
        count(DISTINCT f."userId") FILTER (WHERE f."placedInField")::int AS "placedInField",
        count(DISTINCT f."userId") FILTER (WHERE f.attempted)::int AS attempted,
        count(DISTINCT f."userId") FILTER (WHERE f."passedFirst")::int AS "passedFirstAttempt",
        count(DISTINCT f."userId") FILTER (WHERE f.attempted OR f.placed)::int AS "knownOutcome",
        percentile_cont(0.5) WITHIN GROUP (ORDER BY f."daysToCert") FILTER (WHERE f."daysToCert" IS NOT NULL) AS "medianDaysToCertification",
        percentile_cont(0.5) WITHIN GROUP (ORDER BY f.salary) FILTER (WHERE f.salary IS NOT NULL) AS "medianStartingSalary",
        count(DISTINCT f."userId") FILTER (WHERE f.salary IS NOT NULL)::int AS "salariesShared"
      FROM facts f GROUP BY ROLLUP (f."cohortId")
    ),
    invited_counts AS (
      SELECT "cohortId", count(DISTINCT email)::int AS invited FROM invited GROUP BY ROLLUP ("cohortId")
    )
    SELECT c.id AS "cohortId", c.name AS "cohortName", to_char(c."endDate", 'YYYY-MM-DD') AS "endDate",
      COALESCE(ic.invited, 0) AS invited, COALESCE(pc.joined, 0) AS joined, COALESCE(pc."pathChosen", 0) AS "pathChosen",
      COALESCE(pc."examScheduled", 0) AS "examScheduled", COALESCE(pc.passed, 0) AS passed, COALESCE(pc.placed, 0) AS placed,
      COALESCE(pc."placedInField", 0) AS "placedInField", COALESCE(pc.attempted, 0) AS attempted,
      COALESCE(pc."passedFirstAttempt", 0) AS "passedFirstAttempt", COALESCE(pc."knownOutcome", 0) AS "knownOutcome",
      pc."medianDaysToCertification"::float AS "medianDaysToCertification", pc."medianStartingSalary"::float AS "medianStartingSalary",
      COALESCE(pc."salariesShared", 0) AS "salariesShared"
    FROM (SELECT id, name, "endDate", "startDate" FROM "Cohort" WHERE "organizationId" = ${organizationId}
          UNION ALL SELECT NULL, NULL, NULL, NULL) c
    LEFT JOIN per_cohort pc ON pc."cohortId" IS NOT DISTINCT FROM c.id
    LEFT JOIN invited_counts ic ON ic."cohortId" IS NOT DISTINCT FROM c.id
    ORDER BY c.id IS NULL, c."startDate" DESC NULLS LAST`;
}
