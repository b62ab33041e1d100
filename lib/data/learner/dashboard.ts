// The learner dashboard's read model in a fixed number of queries (8, plus 1 for CEUs once a
// credential is passed), however long the learner's history: logs are limited to the
// windows the dashboard shows and CEUs are summed by Postgres.
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { getCredential } from "@/lib/content/credentials";
import { PHASES } from "@/lib/content/plan-templates";
import { addDays, addMonths } from "@/lib/domain/dates";
import { generatePlan, currentPhase, isOverdue, nextActions } from "@/lib/domain/plan";
import { practiceTrend, readinessVerdict } from "@/lib/domain/practice-exams";
import { readinessScore } from "@/lib/domain/readiness-score";
import { studySummary, weeklyStudyTotals } from "@/lib/domain/study";
import { ceuSummaries, credentialStatus } from "@/lib/domain/credential-status";
import type { CareerPath, CertBody, IsoDate, Persona } from "@/lib/domain/types";
import { assertCan, toDbDate, toIso, todayIso } from "./guard";
import { routeMonths } from "./plan";
import { requireStaffAccessToLearner } from "@/lib/data/programs/access";

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

async function loadDashboard(userId: string, today: IsoDate) {
  const [profile, plan, milestones, examsDesc, sessions, goals, attempts, enrolments] = await Promise.all([
    db.learnerProfile.findUnique({ where: { userId }, select: { onboardedAt: true, weeklyHours: true, path: true, credentialCode: true, routeCode: true } }),
    db.learnerPlan.findUnique({ where: { userId }, select: { path: true, credentialCode: true, routeCode: true, persona: true, startDate: true, weeklyHours: true } }),
    db.planMilestone.findMany({ where: { userId }, select: { id: true, key: true, title: true, phase: true, status: true, dueDate: true, customDueDate: true } }),
    db.practiceExam.findMany({ where: { userId }, orderBy: [{ takenOn: "desc" }, { createdAt: "desc" }], take: RECENT_EXAMS,
      select: { takenOn: true, credentialCode: true, questions: true, correct: true, minutes: true } }),
    db.studySession.findMany({ where: { userId, studiedOn: { gte: toDbDate(addDays(today, -7 * STUDY_WEEKS)) } }, select: { studiedOn: true, minutes: true } }),
    db.credentialGoal.findMany({ where: { userId }, select: { credentialCode: true, examDate: true, passedOn: true, apprentice: true, apprenticeRemovedOn: true, lapsedOn: true } }),
    db.examAttempt.findMany({ where: { userId }, orderBy: { takenOn: "desc" }, take: 20, select: { credentialCode: true, takenOn: true, result: true } }),
    db.cohortLearner.findMany({ where: { userId, leftAt: null }, orderBy: { joinedAt: "desc" },
      select: { joinedAt: true, cohort: { select: { id: true, name: true, organization: { select: { name: true } } } } } }),
  ]);

  const credentialCode = profile?.credentialCode ?? plan?.credentialCode ?? null;
  const goalRows = goals.map((g) => ({ ...g, examDate: toIso(g.examDate), passedOn: toIso(g.passedOn), apprenticeRemovedOn: toIso(g.apprenticeRemovedOn), lapsedOn: toIso(g.lapsedOn) }));
  const attemptRows = attempts.map((a) => ({ ...a, takenOn: toIso(a.takenOn) }));
  const goal = goalRows.find((g) => g.credentialCode === credentialCode) ?? null;
  const status = credentialStatus(goal, attemptRows, today);

  const passed = goalRows.flatMap((g) => (g.passedOn ? [{ credentialCode: g.credentialCode, body: getCredential(g.credentialCode).body as CertBody, passedOn: g.passedOn }] : []));
  let ceu: ReturnType<typeof ceuSummaries> = [];
  if (passed.length > 0) {
    // A cycle is at most two years; summing the window per body in SQL keeps this one query.
    const windows = (["AAPC", "AHIMA"] as const).flatMap((body) => {
      const first = passed.filter((p) => p.body === body).map((p) => p.passedOn).sort()[0];
      return first ? [{ body, earnedOn: { gte: toDbDate(first > addMonths(today, -24) ? first : addMonths(today, -24)) } }] : [];
    });
    const sums = await db.ceuEntry.groupBy({ by: ["body", "earnedOn"], where: { userId, OR: windows }, _sum: { ceus: true } });
    ceu = ceuSummaries(passed, sums.map((s) => ({ body: s.body, earnedOn: toIso(s.earnedOn), ceus: s._sum.ceus ?? 0 })), today);
  }

  const exams = examsDesc.map((e) => ({ ...e, date: toIso(e.takenOn) })).reverse();
  const studyRows = sessions.map((s) => ({ date: toIso(s.studiedOn), minutes: s.minutes }));
  const weeklyHours = profile?.weeklyHours ?? plan?.weeklyHours ?? 0;
  const stored = milestones.map((m) => ({ ...m, dueDate: toIso(m.dueDate), customDueDate: toIso(m.customDueDate) }));

  let phase = null;
  if (plan) {
    const months = routeMonths(plan.routeCode);
    const regenerated = months ? generatePlan({ path: plan.path as CareerPath, credentialCode: plan.credentialCode, routeMonths: months,
      startDate: toIso(plan.startDate), weeklyHours: plan.weeklyHours, persona: plan.persona as Persona }) : null;
    phase = regenerated?.ok ? currentPhase(regenerated.value.phases, today) : null;
  }

  return {
    onboarded: profile?.onboardedAt != null,
    hasPath: Boolean(profile?.path && credentialCode),
    hasPlan: plan !== null,
    credentialCode,
    phase: phase ? { title: PHASES.find((p) => p.key === phase.phase.key)?.title ?? phase.phase.title, state: phase.state,
      startDate: phase.phase.startDate, endDate: phase.phase.endDate } : null,
    next: nextActions(stored, today, 3),
    overdue: stored.filter((m) => isOverdue(m, today)).sort((a, b) => (a.customDueDate ?? a.dueDate).localeCompare(b.customDueDate ?? b.dueDate)),
    readiness: readinessScore({ today, credentialCode, credentialStatus: status, examDate: goal?.examDate ?? null, milestones: stored,
      exams, studySessions: studyRows, weeklyTargetHours: weeklyHours }),
    verdict: credentialCode ? readinessVerdict(exams, credentialCode, today, goal?.examDate ?? null) : null,
    trend: practiceTrend(exams.filter((e) => e.credentialCode === credentialCode), 10),
    study: { summary: studySummary(studyRows, weeklyHours, today, 4), weeks: weeklyStudyTotals(studyRows, weeklyHours, today, STUDY_WEEKS), weeklyHours },
    credential: { status, goal },
    ceu,
    cohorts: enrolments.map((e) => ({ id: e.cohort.id, name: e.cohort.name, program: e.cohort.organization.name, joinedAt: e.joinedAt })),
  };
}

export type LearnerDashboard = Awaited<ReturnType<typeof loadDashboard>>;
