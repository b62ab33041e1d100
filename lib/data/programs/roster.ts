// The advisor roster: every active learner of the cohorts the actor advises (or, for an
// admin, of their organizations), with progress and at-risk inputs — one SQL query however
// many learners there are. Flags, filtering and sorting are applied to that result.
import "server-only";
import { assertCan } from "@/lib/data/access";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import {
  caseload,
  compareRisk,
  needsOutreach,
  riskFlags,
  riskTier,
  type Caseload,
  type FlagKind,
  type RiskFlag,
  type RiskTier,
} from "@/lib/domain/at-risk";
import { OPEN_STAGES } from "@/lib/domain/applications";
import { currentPhaseKey } from "@/lib/domain/plan";
import type { PhaseKey } from "@/lib/domain/types";
import { practiceAverage, RECENT_ATTEMPTS, type PracticeAverage } from "@/lib/domain/practice-exams";
import { createReportCache } from "@/lib/cache/report-cache";
import { bumpReportVersions, reportStamp } from "@/lib/cache/report-version";
import type { Tx } from "@/lib/prisma-client";
import { logger } from "@/lib/log";

// The roster's SQL reads every learner of the advisor's cohorts (~20 ms for 200 learners), and
// advisors reload and re-sort it far more often than learners' records change. Rows are cached
// by the exact set of cohorts (checked on every request, so losing a cohort takes effect at
// once) and the day. A learner leaving, a note or a cohort change bumps the shared version
// (invalidateRoster), so every app instance recomputes on its next request; a learner's own
// activity reaches the roster within a minute on every instance.
const rosterCache = createReportCache<RosterSqlRow[]>({
  freshMs: 15_000,
  maxAgeMs: 60_000,
  maxEntries: 500,
  onError: (error) => logger.error({ err: error }, "roster: background refresh failed"),
});

const ROSTER_SCOPE = "roster";

export async function invalidateRoster(tx?: Tx) {
  await bumpReportVersions([ROSTER_SCOPE], tx);
}

interface RosterSqlRow {
  id: string;
  name: string;
  cohortId: string;
  cohortName: string;
  joinedOn: string;
  lastActiveOn: string | null;
  path: string | null;
  credentialCode: string | null;
  milestonesTotal: number;
  milestonesDone: number;
  overdue: number;
  firstOverdueOn: string | null;
  jobHuntSince: string | null;
  /** Open milestones (phase, dates), for the shared current-phase rule. */
  openMilestones: { phase: string; dueDate: string; customDueDate: string | null }[];
  planPhases: string[];
  /** The last RECENT_ATTEMPTS practice exams for the target credential, newest first. */
  recentExams: { takenOn: string; loggedAt: string; credentialCode: string; questions: number; correct: number; minutes: number }[];
  examDate: string | null;
  passed: boolean | null;
  applications: number;
  lastAppliedOn: string | null;
  overdueFollowUps: number;
  firstOverdueFollowUpOn: string | null;
  /** The newest staff note on the learner in this cohort's program. */
  lastContactedOn: string | null;
}

export interface RosterRow extends Omit<RosterSqlRow, "openMilestones" | "planPhases" | "recentExams"> {
  currentPhase: PhaseKey | null;
  practice: PracticeAverage;
  /** Scores of the latest and the previous attempt averaged, for the trend arrow. */
  latestScore: number | null;
  previousScore: number | null;
  flags: RiskFlag[];
  tier: RiskTier;
  needsOutreach: boolean;
}

export interface RosterQuery {
  cohortId?: string;
  flag?: FlagKind;
  tier?: RiskTier;
  /** Only learners who need outreach this week. */
  outreach?: boolean;
  q?: string;
  sort?: "name" | "cohort" | "lastActive" | "contacted" | "progress" | "score" | "risk" | "exam";
  dir?: "asc" | "desc";
}

async function getRosterScope(actor: CurrentUser) {
  assertCan(actor, "read:roster:cohort");
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
  if (ids.length === 0) return { cohorts, rows: [] as RosterRow[], caseload: caseload([]), computedAt: new Date() };
  const stamp = await reportStamp([ROSTER_SCOPE]);
  const { value: rows, computedAt } = await rosterCache.get(`${today}|${[...ids].sort().join(",")}`, () => queryRoster(ids, today), stamp);
  let result: RosterRow[] = rows.map(({ openMilestones, planPhases, recentExams, ...row }) => {
    // The open milestones decide; with none open, the phases the plan has (as handled ones).
    const currentPhase = currentPhaseKey([
      ...openMilestones.map((m) => ({ ...m, status: "OPEN" as const })),
      ...planPhases.map((phase) => ({ phase, status: "DONE" as const, dueDate: today })),
    ]);
    const practice = practiceAverage(
      recentExams.map((e) => ({ ...e, date: e.takenOn })),
      row.credentialCode ?? "",
      today,
    );
    const score = (i: number) => {
      const e = practice.recent[practice.recent.length - 1 - i];
      return e ? Math.round((100 * e.correct) / e.questions) : null;
    };
    return {
      ...row,
      currentPhase,
      practice,
      latestScore: score(0),
      previousScore: score(1),
      ...triage(
        riskFlags({
          today,
          joinedOn: row.joinedOn,
          lastActiveOn: row.lastActiveOn,
          overdueMilestones: row.overdue,
          firstOverdueOn: row.firstOverdueOn,
          examDate: row.examDate,
          passed: !!row.passed,
          recentPracticeAverage: practice.average,
          recentPracticeCount: practice.recent.length,
          passingPercent: practice.passingPercent,
          inJobHuntPhase: currentPhase === "JOB_HUNT" || !!row.passed,
          jobHuntSince: row.jobHuntSince && row.jobHuntSince <= today ? row.jobHuntSince : null,
          lastApplicationOn: row.lastAppliedOn,
          overdueFollowUps: row.overdueFollowUps,
          firstOverdueFollowUpOn: row.firstOverdueFollowUpOn,
        }),
        row.lastContactedOn,
        today,
      ),
    };
  });
  // The caseload counts are of everyone in the chosen cohorts, before the filters below.
  const counts: Caseload = caseload(result);
  if (query.flag) result = result.filter((r) => r.flags.some((f) => f.kind === query.flag));
  if (query.tier) result = result.filter((r) => r.tier === query.tier);
  if (query.outreach) result = result.filter((r) => r.needsOutreach);
  const q = query.q?.trim().toLowerCase();
  if (q) result = result.filter((r) => r.name.toLowerCase().includes(q));
  return { cohorts, rows: sortRoster(result, query.sort ?? "risk", query.dir), caseload: counts, computedAt };
}

function triage(flags: RiskFlag[], lastContactedOn: string | null, today: string) {
  return { flags, tier: riskTier(flags), needsOutreach: needsOutreach(flags, lastContactedOn, today) };
}

function queryRoster(ids: string[], today: string) {
  return db.$queryRaw<RosterSqlRow[]>`
    WITH roster AS (
      SELECT DISTINCT ON (cl."userId") cl."userId", c.id AS "cohortId", c.name AS "cohortName", c."organizationId", cl."joinedAt"
      FROM "CohortLearner" cl JOIN "Cohort" c ON c.id = cl."cohortId"
      WHERE cl."leftAt" IS NULL AND c.id = ANY(${ids}::text[])
      ORDER BY cl."userId", cl."joinedAt" DESC
    )
    SELECT r."userId" AS id, u.name, r."cohortId", r."cohortName",
      to_char(r."joinedAt", 'YYYY-MM-DD') AS "joinedOn", to_char(u."lastActiveAt", 'YYYY-MM-DD') AS "lastActiveOn",
      lp.path, COALESCE(lp."credentialCode", pl."credentialCode") AS "credentialCode",
      COALESCE(ms.total, 0)::int AS "milestonesTotal", COALESCE(ms.done, 0)::int AS "milestonesDone", COALESCE(ms.overdue, 0)::int AS overdue,
      to_char(ms."firstOverdue", 'YYYY-MM-DD') AS "firstOverdueOn", COALESCE(ms."openMilestones", '[]') AS "openMilestones", COALESCE(ms."planPhases", '{}') AS "planPhases", to_char(ms."jobHuntSince", 'YYYY-MM-DD') AS "jobHuntSince",
      COALESCE(pe."recentExams", '[]') AS "recentExams",
      to_char(cg."examDate", 'YYYY-MM-DD') AS "examDate", cg.passed,
      COALESCE(ja.apps, 0)::int AS applications, to_char(ja."lastApplied", 'YYYY-MM-DD') AS "lastAppliedOn",
      COALESCE(ja."overdueFollowUps", 0)::int AS "overdueFollowUps", to_char(ja."firstOverdueFollowUp", 'YYYY-MM-DD') AS "firstOverdueFollowUpOn",
      (SELECT to_char(max(n."createdAt"), 'YYYY-MM-DD') FROM "LearnerNote" n
        WHERE n."learnerId" = r."userId" AND n."organizationId" = r."organizationId") AS "lastContactedOn"
    FROM roster r
    JOIN "User" u ON u.id = r."userId"
    LEFT JOIN "LearnerProfile" lp ON lp."userId" = r."userId"
    LEFT JOIN "LearnerPlan" pl ON pl."userId" = r."userId"
    LEFT JOIN LATERAL (
      SELECT count(*) AS total, count(*) FILTER (WHERE m.status = 'DONE') AS done,
        count(*) FILTER (WHERE m.status = 'OPEN' AND COALESCE(m."customDueDate", m."dueDate") < ${today}::date) AS overdue,
        min(COALESCE(m."customDueDate", m."dueDate")) FILTER (WHERE m.status = 'OPEN' AND COALESCE(m."customDueDate", m."dueDate") < ${today}::date) AS "firstOverdue",
        json_agg(json_build_object('phase', m.phase, 'dueDate', to_char(m."dueDate", 'YYYY-MM-DD'), 'customDueDate', to_char(m."customDueDate", 'YYYY-MM-DD')))
          FILTER (WHERE m.status = 'OPEN') AS "openMilestones",
        array_agg(DISTINCT m.phase::text) AS "planPhases",
        min(m."dueDate") FILTER (WHERE m.phase = 'JOB_HUNT') AS "jobHuntSince"
      FROM "PlanMilestone" m WHERE m."userId" = r."userId"
    ) ms ON true
    LEFT JOIN LATERAL (
      -- The attempts practiceAverage (lib/domain) averages; it does the maths, SQL only limits.
      SELECT json_agg(json_build_object('takenOn', to_char(x."takenOn", 'YYYY-MM-DD'), 'loggedAt', to_char(x."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
          'credentialCode', x."credentialCode", 'questions', x.questions, 'correct', x.correct, 'minutes', x.minutes)) AS "recentExams"
      FROM (SELECT * FROM "PracticeExam" p WHERE p."userId" = r."userId" AND p."credentialCode" = COALESCE(lp."credentialCode", pl."credentialCode")
        AND p."takenOn" <= ${today}::date ORDER BY p."takenOn" DESC, p."createdAt" DESC LIMIT ${RECENT_ATTEMPTS}) x
    ) pe ON true
    LEFT JOIN LATERAL (
      SELECT min(g."examDate") FILTER (WHERE g."passedOn" IS NULL AND g."examDate" >= ${today}::date) AS "examDate",
        bool_or(g."passedOn" IS NOT NULL) AS passed
      FROM "CredentialGoal" g WHERE g."userId" = r."userId"
    ) cg ON true
    LEFT JOIN LATERAL (
      SELECT count(*) AS apps,
        max(COALESCE(a."appliedOn", a."createdAt"::date)) FILTER (WHERE a.stage <> 'SAVED') AS "lastApplied",
        count(*) FILTER (WHERE a."followUpOn" < ${today}::date AND a.stage::text = ANY(${[...OPEN_STAGES]}::text[])) AS "overdueFollowUps",
        min(a."followUpOn") FILTER (WHERE a."followUpOn" < ${today}::date AND a.stage::text = ANY(${[...OPEN_STAGES]}::text[])) AS "firstOverdueFollowUp"
      FROM "JobApplication" a WHERE a."userId" = r."userId"
    ) ja ON true`;
}

const NAME_ORDER = new Intl.Collator("en-US"); // built once: localeCompare builds one per call

function sortRoster(rows: RosterRow[], sort: NonNullable<RosterQuery["sort"]>, dir?: "asc" | "desc"): RosterRow[] {
  const key: Record<typeof sort, (r: RosterRow) => string | number> = {
    name: (r) => r.name.toLowerCase(),
    cohort: (r) => r.cohortName.toLowerCase(),
    lastActive: (r) => r.lastActiveOn ?? "",
    contacted: (r) => r.lastContactedOn ?? "",
    progress: (r) => (r.milestonesTotal ? r.milestonesDone / r.milestonesTotal : 0),
    score: (r) => r.practice.average ?? -1,
    risk: () => 0, // compared by compareRisk below
    exam: (r) => r.examDate ?? "9999",
  };
  if (sort === "risk") {
    // Most urgent first by default ("desc"); "asc" reverses it (on-track learners first).
    const sign = dir === "asc" ? -1 : 1;
    return [...rows].sort((a, b) => sign * compareRisk(a, b) || NAME_ORDER.compare(a.name, b.name));
  }
  const descending = dir === "desc";
  const f = key[sort];
  return [...rows].sort((a, b) => {
    const x = f(a),
      y = f(b);
    const c = x < y ? -1 : x > y ? 1 : NAME_ORDER.compare(a.name, b.name);
    return descending ? -c : c;
  });
}
