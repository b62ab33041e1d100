// The learner dashboard's read model in a fixed number of queries (1, plus 1 for CEUs once a
// credential is passed), however long the learner's history: logs are limited to the
// windows the dashboard shows and CEUs are summed by Postgres.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MilestoneStatus } from "@/lib/generated/prisma/enums";
import type { CurrentUser } from "@/lib/auth/current-user";
import { PHASES } from "@/lib/content/plan-templates";
import { addDays } from "@/lib/domain/dates";
import { generatePlan, currentPhaseKey, dashboardTasks, phaseState, planProgress } from "@/lib/domain/plan";
import { passingPercentFor, practiceTrend, readinessVerdict } from "@/lib/domain/practice-exams";
import { readinessScore } from "@/lib/domain/readiness-score";
import { weeklyStudyTotals } from "@/lib/domain/study";
import { chosenCredentialStatus } from "@/lib/domain/credential-status";
import { loadCeuSummaries, passedCredentials } from "./ceu-summary";
import type { CareerPath, IsoDate, Persona } from "@/lib/domain/types";
import { assertCan } from "@/lib/data/access";
import { todayIso } from "@/lib/data/dates";
import { routeRange } from "./plan";
import { requireStaffAccessToLearner } from "@/lib/data/access";
import { apprenticeGoalOf, experienceColumn, outlookFor, type StoredPeriod } from "./experience";

const RECENT_EXAMS = 20;
const STUDY_WEEKS = 8;

export async function getLearnerDashboard(actor: CurrentUser | null, today: IsoDate = todayIso()) {
  assertCan(actor, "read:learner-journey:own");
  return loadDashboard(actor.id, today);
}

/** The same dashboard for a program's advisor or admin (checked and logged by the caller's
 *  lib/data/programs access check); read-only in the UI. */
export async function getLearnerDashboardForStaff(actor: CurrentUser, learnerId: string, today: IsoDate = todayIso()) {
  await requireStaffAccessToLearner(actor, learnerId, "read:learner-dashboard:cohort");
  return loadDashboard(learnerId, today);
}

// Everything the dashboard shows, read in one statement: each part is a JSON value built by
// Postgres (dates already ISO strings), so a page view costs one round trip and one plan
// instead of eight ORM queries (which cost ~1 ms of CPU each in the app server).
export interface DashboardRow {
  profile: {
    onboardedAt: string | null;
    weeklyHours: number | null;
    path: string | null;
    credentialCode: string | null;
    routeCode: string | null;
  } | null;
  plan: { path: string; credentialCode: string; routeCode: string; persona: string; startDate: string; weeklyHours: number } | null;
  milestones: {
    id: string;
    key: string;
    title: string;
    phase: string;
    status: MilestoneStatus;
    dueDate: string;
    customDueDate: string | null;
  }[];
  exams: { takenOn: string; loggedAt: string; credentialCode: string; questions: number; correct: number; minutes: number }[];
  sessions: { studiedOn: string; minutes: number }[];
  goals: {
    credentialCode: string;
    examDate: string | null;
    passedOn: string | null;
    apprentice: boolean;
    apprenticeRemovedOn: string | null;
    lapsedOn: string | null;
    has80HourCourse: boolean;
    practicodeCases: number;
    practicodeScore: number | null;
  }[];
  /** The experience log, read only while apprentice status is still to remove. */
  experience: StoredPeriod[];
  attempts: { credentialCode: string; takenOn: string; result: "PASSED" | "FAILED" }[];
  enrolments: { joinedAt: string; id: string; name: string; program: string }[];
}

/** The dashboard's columns (one JSON value each), for a statement of one row; the learner
 *  home page combines them with the job-hunt summary's and shared notes' in one round trip. */
export function dashboardColumns(userId: string, today: IsoDate): Prisma.Sql {
  const studySince = addDays(today, -7 * STUDY_WEEKS);
  return Prisma.sql`
      (SELECT json_build_object('onboardedAt', p."onboardedAt", 'weeklyHours', p."weeklyHours", 'path', p.path,
          'credentialCode', p."credentialCode", 'routeCode', p."routeCode")
        FROM "LearnerProfile" p WHERE p."userId" = ${userId}) AS profile,
      (SELECT json_build_object('path', l.path, 'credentialCode', l."credentialCode", 'routeCode', l."routeCode", 'persona', l.persona,
          'startDate', to_char(l."startDate", 'YYYY-MM-DD'), 'weeklyHours', l."weeklyHours")
        FROM "LearnerPlan" l WHERE l."userId" = ${userId}) AS plan,
      (SELECT COALESCE(json_agg(json_build_object('id', m.id, 'key', m.key, 'title', m.title, 'phase', m.phase, 'status', m.status,
          'dueDate', to_char(m."dueDate", 'YYYY-MM-DD'), 'customDueDate', to_char(m."customDueDate", 'YYYY-MM-DD'))), '[]')
        FROM "PlanMilestone" m WHERE m."userId" = ${userId}) AS milestones,
      (SELECT COALESCE(json_agg(json_build_object('takenOn', to_char(e."takenOn", 'YYYY-MM-DD'), 'credentialCode', e."credentialCode",
          'loggedAt', to_char(e."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
          'questions', e.questions, 'correct', e.correct, 'minutes', e.minutes) ORDER BY e."takenOn" DESC, e."createdAt" DESC), '[]')
        -- Only the target credential's attempts (profile, then plan, as buildDashboard picks it):
        -- everything shown from them filters by it, and another credential's newer attempts
        -- must not push the ones practiceAverage needs out of the window (the roster reads the same).
        FROM (SELECT * FROM "PracticeExam" WHERE "userId" = ${userId} AND "credentialCode" = (
            SELECT COALESCE(p."credentialCode", l."credentialCode") FROM "User" u LEFT JOIN "LearnerProfile" p ON p."userId" = u.id
            LEFT JOIN "LearnerPlan" l ON l."userId" = u.id WHERE u.id = ${userId})
          ORDER BY "takenOn" DESC, "createdAt" DESC LIMIT ${RECENT_EXAMS}) e) AS exams,
      (SELECT COALESCE(json_agg(json_build_object('studiedOn', to_char(s."studiedOn", 'YYYY-MM-DD'), 'minutes', s.minutes)), '[]')
        FROM "StudySession" s WHERE s."userId" = ${userId} AND s."studiedOn" >= ${studySince}::date) AS sessions,
      (SELECT COALESCE(json_agg(json_build_object('credentialCode', g."credentialCode", 'examDate', to_char(g."examDate", 'YYYY-MM-DD'),
          'passedOn', to_char(g."passedOn", 'YYYY-MM-DD'), 'apprentice', g.apprentice,
          'apprenticeRemovedOn', to_char(g."apprenticeRemovedOn", 'YYYY-MM-DD'), 'lapsedOn', to_char(g."lapsedOn", 'YYYY-MM-DD'),
          'has80HourCourse', g."has80HourCourse", 'practicodeCases', g."practicodeCases", 'practicodeScore', g."practicodeScore")), '[]')
        FROM "CredentialGoal" g WHERE g."userId" = ${userId}) AS goals,
      ${experienceColumn(userId, true)},
      (SELECT COALESCE(json_agg(json_build_object('credentialCode', a."credentialCode", 'takenOn', to_char(a."takenOn", 'YYYY-MM-DD'), 'result', a.result)
          ORDER BY a."takenOn" DESC), '[]')
        FROM (SELECT * FROM "ExamAttempt" WHERE "userId" = ${userId} ORDER BY "takenOn" DESC LIMIT 20) a) AS attempts,
      (SELECT COALESCE(json_agg(json_build_object('joinedAt', to_char(cl."joinedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'id', c.id, 'name', c.name, 'program', o.name) ORDER BY cl."joinedAt" DESC), '[]')
        FROM "CohortLearner" cl JOIN "Cohort" c ON c.id = cl."cohortId" JOIN "Organization" o ON o.id = c."organizationId"
        WHERE cl."userId" = ${userId} AND cl."leftAt" IS NULL) AS enrolments`;
}

async function loadDashboard(userId: string, today: IsoDate) {
  const [row] = await db.$queryRaw<DashboardRow[]>`SELECT ${dashboardColumns(userId, today)}`;
  return buildDashboard(userId, row!, today);
}

/** The dashboard from its row (plus one CEU query once a credential is passed). */
export async function buildDashboard(userId: string, row: DashboardRow, today: IsoDate) {
  const { profile, plan, milestones } = row;

  const credentialCode = profile?.credentialCode ?? plan?.credentialCode ?? null;
  const goalRows = row.goals;
  const attemptRows = row.attempts;
  const { goal, status } = chosenCredentialStatus(credentialCode, goalRows, attemptRows, today);

  const ceu = await loadCeuSummaries(userId, passedCredentials(goalRows), today);

  const exams = row.exams.map((e) => ({ ...e, date: e.takenOn }));
  const studyRows = row.sessions.map((s) => ({ date: s.studiedOn, minutes: s.minutes }));
  const weeklyHours = profile?.weeklyHours ?? plan?.weeklyHours ?? 0;
  const stored = milestones;

  // Which phase: the shared rule (lib/domain/plan-progress currentPhaseKey), as the roster
  // shows it. The regenerated plan only supplies that phase's planned dates.
  let phase = null;
  const phaseKey = currentPhaseKey(stored);
  if (plan && phaseKey) {
    const months = routeRange(plan.routeCode);
    const regenerated = months
      ? generatePlan({
          path: plan.path as CareerPath,
          credentialCode: plan.credentialCode,
          routeMonths: months,
          startDate: plan.startDate,
          weeklyHours: plan.weeklyHours,
          persona: plan.persona as Persona,
        })
      : null;
    const planned = regenerated?.ok ? regenerated.value.phases.find((p) => p.key === phaseKey) : undefined;
    if (planned) phase = { phase: planned, state: phaseState(stored, plan.startDate, today) };
  }

  return {
    onboarded: profile?.onboardedAt != null,
    hasPath: Boolean(profile?.path && credentialCode),
    hasPlan: plan !== null,
    credentialCode,
    passingPercent: passingPercentFor(credentialCode ?? ""),
    progress: planProgress(stored),
    phase: phase
      ? {
          title: PHASES.find((p) => p.key === phase.phase.key)?.title ?? phase.phase.title,
          state: phase.state,
          startDate: phase.phase.startDate,
          endDate: phase.phase.endDate,
        }
      : null,
    ...dashboardTasks(stored, today, 3),
    readiness: readinessScore({
      today,
      credentialCode,
      credentialStatus: status,
      examDate: goal?.examDate ?? null,
      milestones: stored,
      exams,
      studySessions: studyRows,
      weeklyTargetHours: weeklyHours,
    }),
    verdict: credentialCode ? readinessVerdict(exams, credentialCode, today, goal?.examDate ?? null) : null,
    trend: practiceTrend(
      exams.filter((e) => e.credentialCode === credentialCode),
      10,
    ),
    study: { weeks: weeklyStudyTotals(studyRows, weeklyHours, today, STUDY_WEEKS), weeklyHours },
    credential: { status, goal },
    // Progress toward removing apprentice status: the same function the credential page uses.
    apprentice: outlookFor(apprenticeGoalOf(goalRows, credentialCode), row.experience, today),
    ceu,
    cohorts: row.enrolments.map((e) => ({ id: e.id, name: e.name, program: e.program, joinedAt: new Date(e.joinedAt) })),
  };
}

export type LearnerDashboard = Awaited<ReturnType<typeof buildDashboard>>;
