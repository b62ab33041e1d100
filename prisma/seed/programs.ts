// Demo data for programs and advisors: a second cohort and advisor, classmates of the demo
// learner whose records trip each at-risk rule (or show success), pending invitations,
// advisor notes and an access-log entry. Dates are relative to today so flags stay live.
import type { Db } from "../../lib/prisma-client";
import type { FoundationSeed } from "./types";
import { hashPassword } from "../../lib/auth/password";
import { DEMO_ACCOUNTS } from "../../lib/demo-accounts";
import { generatePlan } from "../../lib/domain/plan";
import { getTrainingRoute } from "../../lib/content/training-routes";
import { addDays } from "../../lib/domain/dates";

const day = (offset: number) => addDays(new Date().toISOString().slice(0, 10), offset);
const date = (offset: number) => new Date(`${day(offset)}T00:00:00Z`);
const BILLING_JOIN_CODE = "RIVER-CPB-26";
/** A US college term name for a start date: "Winter 2026" for February (or December 2025), "Fall 2025" for September. */
const termOf = (d: Date) => {
  const m = d.getUTCMonth();
  const term = m === 11 || m < 2 ? "Winter" : m < 5 ? "Spring" : m < 8 ? "Summer" : "Fall";
  return `${term} ${d.getUTCFullYear() + (m === 11 ? 1 : 0)}`;
};

interface Classmate {
  email: string;
  name: string;
  cohort: "coding" | "billing";
  startedDaysAgo: number;
  lastActiveDaysAgo: number;
  doneShare: number;
  practice?: number[];
  examInDays?: number;
  attempts?: ("PASSED" | "FAILED")[];
  passedDaysAgo?: number;
  applications?: {
    company: string;
    title: string;
    roleType: string;
    stage: "APPLIED" | "INTERVIEWING" | "ACCEPTED" | "REJECTED";
    appliedDaysAgo: number;
    followUpInDays?: number;
  }[];
  placement?: { employer: string; title: string; startedDaysAgo: number; salary: number };
}

const CLASSMATES: Classmate[] = [
  {
    email: "tomas.rivera@demo.chartpath.test",
    name: "Tomás Rivera",
    cohort: "coding",
    startedDaysAgo: 250,
    lastActiveDaysAgo: 3,
    doneShare: 0.35,
    practice: [55, 58, 61, 63],
    examInDays: 20,
  },
  {
    email: "keisha.brown@demo.chartpath.test",
    name: "Keisha Brown",
    cohort: "coding",
    startedDaysAgo: 330,
    lastActiveDaysAgo: 5,
    doneShare: 0.85,
    practice: [68, 72, 77, 81],
    attempts: ["PASSED"],
    passedDaysAgo: 60,
    applications: [
      { company: "Summit Orthopedics", title: "Coder I (CPC-A welcome)", roleType: "MEDICAL_CODER", stage: "REJECTED", appliedDaysAgo: 45 },
      { company: "Valley Health System", title: "Outpatient Coder", roleType: "OUTPATIENT_CODER", stage: "APPLIED", appliedDaysAgo: 30 },
    ],
  },
  {
    email: "ahmed.hassan@demo.chartpath.test",
    name: "Ahmed Hassan",
    cohort: "billing",
    startedDaysAgo: 120,
    lastActiveDaysAgo: 22,
    doneShare: 0.3,
    practice: [64],
  },
  {
    email: "lily.chen@demo.chartpath.test",
    name: "Lily Chen",
    cohort: "billing",
    startedDaysAgo: 300,
    lastActiveDaysAgo: 2,
    doneShare: 1,
    practice: [71, 76, 80],
    attempts: ["PASSED"],
    passedDaysAgo: 90,
    applications: [
      { company: "Lakeshore Medical Billing", title: "Payment Poster", roleType: "PAYMENT_POSTER", stage: "ACCEPTED", appliedDaysAgo: 50 },
    ],
    placement: { employer: "Lakeshore Medical Billing", title: "Payment Poster", startedDaysAgo: 20, salary: 41_500 },
  },
  {
    email: "ray.patel@demo.chartpath.test",
    name: "Ray Patel",
    cohort: "coding",
    startedDaysAgo: 320,
    lastActiveDaysAgo: 1,
    doneShare: 0.9,
    practice: [66, 69, 74, 79],
    attempts: ["FAILED", "PASSED"],
    passedDaysAgo: 40,
    applications: [
      { company: "Mercy Clinic Network", title: "Medical Coder", roleType: "MEDICAL_CODER", stage: "ACCEPTED", appliedDaysAgo: 25 },
    ],
  },
  {
    email: "maria.gonzalez@demo.chartpath.test",
    name: "María González",
    cohort: "billing",
    startedDaysAgo: 200,
    lastActiveDaysAgo: 4,
    doneShare: 0.6,
    practice: [70, 73],
    applications: [
      {
        company: "Northside Pediatrics",
        title: "Billing Specialist",
        roleType: "BILLING_SPECIALIST",
        stage: "APPLIED",
        appliedDaysAgo: 18,
        followUpInDays: -6,
      },
      {
        company: "Cedar Urgent Care",
        title: "Patient Account Representative",
        roleType: "PATIENT_ACCOUNT_REP",
        stage: "INTERVIEWING",
        appliedDaysAgo: 12,
        followUpInDays: -2,
      },
    ],
  },
  {
    email: "sam.oneil@demo.chartpath.test",
    name: "Sam O'Neil",
    cohort: "coding",
    startedDaysAgo: 150,
    lastActiveDaysAgo: 1,
    doneShare: 0.5,
    practice: [62, 67, 72],
  },
];

async function seedClassmate(db: Db, c: Classmate, cohortId: string, passwordHash: string) {
  const path = c.cohort === "coding" ? "CODING" : "BILLING";
  const credentialCode = c.cohort === "coding" ? "CPC" : "CPB";
  const user = await db.user.create({
    data: { email: c.email, name: c.name, lastActiveAt: date(-c.lastActiveDaysAgo), password: { create: { hash: passwordHash } } },
  });
  const startDate = day(-c.startedDaysAgo);
  await db.learnerProfile.create({
    data: {
      userId: user.id,
      persona: "CAREER_CHANGER",
      usState: "OH",
      weeklyHours: 10,
      startDate: date(-c.startedDaysAgo),
      workMode: "HYBRID",
      path,
      credentialCode,
      routeCode: "CC_CERTIFICATE",
      onboardingStep: 6,
      onboardedAt: date(-c.startedDaysAgo),
    },
  });
  await db.cohortLearner.create({
    data: { cohortId, userId: user.id, consentedAt: date(-c.startedDaysAgo), joinedAt: date(-c.startedDaysAgo) },
  });
  const plan = generatePlan({
    path,
    credentialCode,
    routeMonths: getTrainingRoute("CC_CERTIFICATE").durationMonths.value,
    startDate,
    weeklyHours: 10,
    persona: "CAREER_CHANGER",
  });
  if (plan.ok) {
    const p = plan.value;
    await db.learnerPlan.create({
      data: {
        userId: user.id,
        path,
        credentialCode,
        routeCode: "CC_CERTIFICATE",
        persona: "CAREER_CHANGER",
        startDate: date(-c.startedDaysAgo),
        weeklyHours: 10,
        totalMonths: p.totalMonths,
        endDate: new Date(`${p.endDate}T00:00:00Z`),
      },
    });
    const doneCount = Math.round(p.milestones.length * c.doneShare);
    await db.planMilestone.createMany({
      data: p.milestones.map((m, i) => ({
        userId: user.id,
        key: m.key,
        phase: m.phase,
        title: m.title,
        description: m.description,
        kind: m.kind,
        dueDate: new Date(`${m.dueDate}T00:00:00Z`),
        status: i < doneCount ? ("DONE" as const) : ("OPEN" as const),
        completedAt: i < doneCount ? new Date(`${m.dueDate}T12:00:00Z`) : null,
      })),
    });
  }
  await db.practiceExam.createMany({
    data: (c.practice ?? []).map((score, i, all) => ({
      userId: user.id,
      takenOn: date(-7 * (all.length - i)),
      credentialCode,
      questions: 100,
      correct: score,
      minutes: 230,
    })),
  });
  if (c.examInDays !== undefined || c.passedDaysAgo !== undefined) {
    await db.credentialGoal.create({
      data: {
        userId: user.id,
        credentialCode,
        examDate: c.examInDays !== undefined ? date(c.examInDays) : date(-(c.passedDaysAgo ?? 0)),
        passedOn: c.passedDaysAgo !== undefined ? date(-c.passedDaysAgo) : null,
        apprentice: credentialCode === "CPC" && c.passedDaysAgo !== undefined,
      },
    });
  }
  await db.examAttempt.createMany({
    data: (c.attempts ?? []).map((result, i, all) => ({
      userId: user.id,
      credentialCode,
      result,
      takenOn: date(-(c.passedDaysAgo ?? 0) - 45 * (all.length - 1 - i)),
      scorePercent: result === "PASSED" ? 76 : 64,
    })),
  });
  for (const a of c.applications ?? []) {
    const app = await db.jobApplication.create({
      data: {
        userId: user.id,
        company: a.company,
        title: a.title,
        roleType: a.roleType,
        workMode: "HYBRID",
        source: "INDEED",
        stage: a.stage,
        appliedOn: date(-a.appliedDaysAgo),
        stageChangedAt: date(-Math.max(1, a.appliedDaysAgo - 10)),
        followUpOn: a.followUpInDays !== undefined ? date(a.followUpInDays) : null,
      },
    });
    await db.applicationStageChange.createMany({
      data: [
        { applicationId: app.id, userId: user.id, fromStage: null, toStage: "APPLIED", changedAt: date(-a.appliedDaysAgo) },
        ...(a.stage !== "APPLIED"
          ? [
              {
                applicationId: app.id,
                userId: user.id,
                fromStage: "APPLIED" as const,
                toStage: a.stage,
                changedAt: date(-Math.max(1, a.appliedDaysAgo - 10)),
              },
            ]
          : []),
      ],
    });
  }
  if (c.placement) {
    await db.jobPlacement.create({
      data: {
        userId: user.id,
        employer: c.placement.employer,
        title: c.placement.title,
        startDate: date(-c.placement.startedDaysAgo),
        inField: true,
        salaryUsd: c.placement.salary,
        shareSalary: true,
      },
    });
  }
}

export async function seedPrograms(db: Db, ctx: FoundationSeed): Promise<void> {
  if (await db.cohort.findFirst({ where: { joinCode: BILLING_JOIN_CODE }, select: { id: true } })) return;
  await db.user.update({ where: { id: ctx.learner.id }, data: { lastActiveAt: date(-1) } });
  const passwordHash = await hashPassword(DEMO_ACCOUNTS.password);
  const billing = await db.cohort.create({
    data: {
      organizationId: ctx.org.id,
      // Its dates follow today (its learners' progress is relative), so its name follows them too.
      name: `Billing Certificate — ${termOf(date(-300))}`,
      path: "BILLING",
      credentialCode: "CPB",
      startDate: date(-300),
      endDate: date(-30),
      targetExamDate: date(10),
      joinCode: BILLING_JOIN_CODE,
      joinCodeEnabled: true,
    },
  });
  const grace = await db.user.create({
    data: { email: "grace.kim@demo.chartpath.test", name: "Grace Kim", password: { create: { hash: passwordHash } } },
  });
  await db.membership.create({ data: { organizationId: ctx.org.id, userId: grace.id, role: "ADVISOR" } });
  await db.cohortAdvisor.createMany({
    data: [
      { cohortId: billing.id, userId: grace.id },
      { cohortId: billing.id, userId: ctx.advisor.id },
    ],
  });
  for (const c of CLASSMATES) await seedClassmate(db, c, c.cohort === "coding" ? ctx.cohort.id : billing.id, passwordHash);
  await db.invitation.createMany({
    data: ["jordan.miles@example.test", "ana.lopez@example.test", "chris.wu@example.test"].map((email, i) => ({
      organizationId: ctx.org.id,
      cohortId: i === 2 ? billing.id : ctx.cohort.id,
      email,
      role: "LEARNER" as const,
      tokenHash: `demo-invitation-not-a-real-token-${i}`,
      invitedById: ctx.admin.id,
      expiresAt: date(10),
      lastSentAt: date(-4),
      sendCount: i === 1 ? 2 : 1,
    })),
  });
  // One invitation in each other state, so the admin pages show what each looks like.
  const invite = (email: string, role: "LEARNER" | "ADVISOR", sentDaysAgo: number) => ({
    organizationId: ctx.org.id,
    cohortId: role === "LEARNER" ? ctx.cohort.id : null,
    email,
    role,
    invitedById: ctx.admin.id,
    tokenHash: `demo-invitation-not-a-real-token-${email}`,
    createdAt: date(-sentDaysAgo),
    lastSentAt: date(-sentDaysAgo),
    expiresAt: date(14 - sentDaysAgo),
  });
  await db.invitation.createMany({
    data: [
      { ...invite("sam.ortiz@example.test", "LEARNER", 20) }, // expired, never answered
      { ...invite("pat.quinn@example.test", "LEARNER", 6), revokedAt: date(-5) },
      { ...invite("grace.kim@demo.chartpath.test", "ADVISOR", 40), acceptedAt: date(-39), acceptedById: grace.id },
      { ...invite("morgan.lee@example.test", "ADVISOR", 2) },
    ],
  });
  await db.learnerNote.createMany({
    data: [
      {
        organizationId: ctx.org.id,
        learnerId: ctx.learner.id,
        authorId: ctx.advisor.id,
        visibility: "SHARED",
        body: "Nice work on the last two practice exams — your pace is right where it needs to be. Let's plan your exam week at our next check-in.",
        createdAt: date(-6),
      },
      {
        organizationId: ctx.org.id,
        learnerId: ctx.learner.id,
        authorId: ctx.advisor.id,
        visibility: "STAFF",
        body: "Mentioned childcare changes in January; check in about study hours.",
        createdAt: date(-6),
      },
    ],
  });
  await db.auditLog.create({
    data: {
      action: "learner.dashboard.viewed",
      actorId: ctx.advisor.id,
      subjectUserId: ctx.learner.id,
      organizationId: ctx.org.id,
      createdAt: date(-6),
    },
  });
}
