// Bench-scale data: 1 program, 20 cohorts, 2,000 learners with plans, practice exams, study
// logs, credentials, applications with histories and notes (~200k rows). A seeded PRNG makes
// every run identical. Also used at small scale (10 learners) to compare query counts.
import { hashPassword } from "../../lib/auth/password";
import { createPrismaClient } from "../../lib/prisma-client";
import type { Prisma } from "../../lib/generated/prisma/client";
import { generatePlan } from "../../lib/domain/plan";
import { getTrainingRoute } from "../../lib/content/training-routes";
import { addDays } from "../../lib/domain/dates";

export const BENCH_PASSWORD = "bench-password-2026";
const BENCH_TODAY = new Date().toISOString().slice(0, 10);

function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  "Ana",
  "Ben",
  "Chloe",
  "Dev",
  "Elena",
  "Femi",
  "Grace",
  "Hugo",
  "Iris",
  "Jamal",
  "Keiko",
  "Liam",
  "Maya",
  "Nadia",
  "Omar",
  "Priya",
  "Quinn",
  "Rosa",
  "Sam",
  "Tara",
];
const LAST = [
  "Adams",
  "Baker",
  "Chen",
  "Diaz",
  "Evans",
  "Fischer",
  "Garcia",
  "Hughes",
  "Ito",
  "Johnson",
  "Kim",
  "Lopez",
  "Moore",
  "Nguyen",
  "Okafor",
  "Patel",
  "Reyes",
  "Smith",
  "Turner",
  "Wu",
];
const COMPANIES = [
  "Mercy Health",
  "Valley Clinic",
  "Summit Ortho",
  "Lakeshore Billing",
  "Northside Peds",
  "Cedar Urgent Care",
  "Optimum RCM",
  "BlueRiver Hospital",
];
const STAGES = ["SAVED", "APPLIED", "INTERVIEWING", "OFFER", "ACCEPTED", "REJECTED", "GHOSTED", "WITHDRAWN"] as const;

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

export interface BenchIds {
  orgId: string;
  learnerEmail: string;
  advisorEmail: string;
  adminEmail: string;
}

export async function seedBench(databaseUrl: string, learners = 2000, cohorts = 20): Promise<BenchIds> {
  const db = createPrismaClient(databaseUrl, 4);
  const rand = mulberry32(20261127);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const hash = await hashPassword(BENCH_PASSWORD);
  try {
    const org = await db.organization.create({ data: { name: "Bench Community College", slug: `bench-${Date.now()}` } });
    const staff = await Promise.all(
      ["admin", "advisor"].map((r) =>
        db.user.create({ data: { email: `${r}@bench.chartpath.test`, name: `Bench ${r}`, password: { create: { hash } } } }),
      ),
    );
    const [admin, advisor] = staff as [(typeof staff)[0], (typeof staff)[0]];
    await db.membership.createMany({
      data: [
        { organizationId: org.id, userId: admin.id, role: "ADMIN" },
        { organizationId: org.id, userId: advisor.id, role: "ADVISOR" },
      ],
    });
    const cohortRows = await Promise.all(
      Array.from({ length: cohorts }, (_, i) =>
        db.cohort.create({
          data: {
            organizationId: org.id,
            name: `Cohort ${String(i + 1).padStart(2, "0")}`,
            path: i % 2 ? "BILLING" : "CODING",
            credentialCode: i % 2 ? "CPB" : "CPC",
            startDate: date(addDays(BENCH_TODAY, -300 + i * 5)),
            endDate: date(addDays(BENCH_TODAY, -30 + i * 5)),
            targetExamDate: date(addDays(BENCH_TODAY, 20)),
          },
        }),
      ),
    );
    // The advisor advises two cohorts: a roster of learners/cohorts*2 (200 at bench scale).
    await db.cohortAdvisor.createMany({ data: cohortRows.slice(0, 2).map((c) => ({ cohortId: c.id, userId: advisor.id })) });

    const batch = 100;
    for (let start = 0; start < learners; start += batch) {
      const users = Array.from({ length: Math.min(batch, learners - start) }, (_, k) => {
        const i = start + k;
        return {
          id: `bench-learner-${i}`,
          email: i === 0 ? "learner@bench.chartpath.test" : `learner${i}@bench.chartpath.test`,
          name: `${pick(FIRST)} ${pick(LAST)}`,
          lastActiveAt: date(addDays(BENCH_TODAY, -Math.floor(rand() * 30))),
        };
      });
      await db.user.createMany({ data: users });
      await db.password.createMany({ data: users.map((u) => ({ userId: u.id, hash })) });
      const milestones: Prisma.PlanMilestoneCreateManyInput[] = [];
      const exams: { userId: string; takenOn: Date; credentialCode: string; questions: number; correct: number; minutes: number }[] = [];
      const study: { userId: string; studiedOn: Date; minutes: number; topic: string }[] = [];
      const apps: {
        id: string;
        userId: string;
        company: string;
        title: string;
        roleType: string;
        workMode: string;
        source: string;
        stage: (typeof STAGES)[number];
        appliedOn: Date;
        followUpOn: Date | null;
      }[] = [];
      const history: {
        applicationId: string;
        userId: string;
        fromStage: (typeof STAGES)[number] | null;
        toStage: (typeof STAGES)[number];
        changedAt: Date;
      }[] = [];
      const profiles = [],
        plans = [],
        enrol = [],
        goals = [],
        notes = [];
      const attempts: { userId: string; credentialCode: string; takenOn: Date; result: "PASSED" | "FAILED"; scorePercent: number }[] = [];
      const placements: {
        userId: string;
        employer: string;
        title: string;
        startDate: Date;
        inField: boolean;
        salaryUsd: number | null;
        shareSalary: boolean;
      }[] = [];
      for (const u of users) {
        const i = Number(u.id.split("-").pop());
        const cohort = cohortRows[i % cohorts]!;
        const path = cohort.path === "BILLING" ? "BILLING" : "CODING";
        const cred = cohort.credentialCode!;
        const startIso = addDays(BENCH_TODAY, -200 - Math.floor(rand() * 120));
        profiles.push({
          userId: u.id,
          persona: "CAREER_CHANGER",
          usState: "OH",
          weeklyHours: 10,
          startDate: date(startIso),
          workMode: "REMOTE",
          path,
          credentialCode: cred,
          routeCode: "CC_CERTIFICATE",
          onboardingStep: 6,
          onboardedAt: date(startIso),
        });
        enrol.push({ cohortId: cohort.id, userId: u.id, consentedAt: date(startIso), joinedAt: date(startIso) });
        const plan = generatePlan({
          path,
          credentialCode: cred,
          routeMonths: getTrainingRoute("CC_CERTIFICATE").durationMonths.value,
          startDate: startIso,
          weeklyHours: 10,
          persona: "CAREER_CHANGER",
        });
        if (plan.ok) {
          plans.push({
            userId: u.id,
            path,
            credentialCode: cred,
            routeCode: "CC_CERTIFICATE",
            persona: "CAREER_CHANGER",
            startDate: date(startIso),
            weeklyHours: 10,
            totalMonths: plan.value.totalMonths,
            endDate: date(plan.value.endDate),
          });
          for (const m of plan.value.milestones) {
            const done = m.dueDate < BENCH_TODAY && rand() < 0.8;
            milestones.push({
              userId: u.id,
              key: m.key,
              phase: m.phase,
              title: m.title,
              description: m.description,
              kind: m.kind,
              dueDate: date(m.dueDate),
              status: done ? "DONE" : "OPEN",
              completedAt: done ? date(m.dueDate) : null,
            });
          }
        }
        for (let e = 0; e < 10; e++)
          exams.push({
            userId: u.id,
            takenOn: date(addDays(BENCH_TODAY, -7 * (10 - e))),
            credentialCode: cred,
            questions: 100,
            correct: 55 + e * 2 + Math.floor(rand() * 10),
            minutes: 200 + Math.floor(rand() * 60),
          });
        for (let s = 0; s < 30; s++)
          study.push({
            userId: u.id,
            studiedOn: date(addDays(BENCH_TODAY, -2 * s)),
            minutes: 30 + Math.floor(rand() * 90),
            topic: pick(["ICD-10-CM guidelines", "CPT modifiers", "HCPCS Level II", "Denials", "Anatomy"]),
          });
        // Outcomes like a real program's: about 60% sit the exam, about 70% of them pass on the
        // first attempt and half of the rest on a retake; about half of those who pass are placed.
        let passedOn: string | null = null;
        if (rand() < 0.6) {
          const first = addDays(startIso, 150 + Math.floor(rand() * 40));
          const firstPass = rand() < 0.7;
          attempts.push({
            userId: u.id,
            credentialCode: cred,
            takenOn: date(first),
            result: firstPass ? "PASSED" : "FAILED",
            scorePercent: firstPass ? 70 + Math.floor(rand() * 20) : 55 + Math.floor(rand() * 14),
          });
          if (firstPass) passedOn = first;
          else if (rand() < 0.5) {
            passedOn = addDays(first, 30);
            attempts.push({
              userId: u.id,
              credentialCode: cred,
              takenOn: date(passedOn),
              result: "PASSED",
              scorePercent: 70 + Math.floor(rand() * 15),
            });
          }
        }
        if (passedOn && rand() < 0.5) {
          const inField = rand() < 0.8;
          const salary = 38000 + Math.floor(rand() * 14) * 1000;
          placements.push({
            userId: u.id,
            employer: pick(COMPANIES),
            title: inField ? (path === "CODING" ? "Medical Coder" : "Billing Specialist") : "Front Desk Associate",
            startDate: date(addDays(passedOn, 20 + Math.floor(rand() * 60))),
            inField,
            salaryUsd: salary,
            shareSalary: rand() < 0.6,
          });
        }
        goals.push({
          userId: u.id,
          credentialCode: cred,
          examDate: passedOn ? null : date(addDays(BENCH_TODAY, 10 + Math.floor(rand() * 40))),
          passedOn: passedOn ? date(passedOn) : null,
        });
        for (let a = 0; a < 8; a++) {
          const id = `${u.id}-app-${a}`;
          const stage = pick(STAGES);
          const appliedIso = addDays(BENCH_TODAY, -Math.floor(rand() * 60));
          apps.push({
            id,
            userId: u.id,
            company: pick(COMPANIES),
            title: path === "CODING" ? "Medical Coder" : "Billing Specialist",
            roleType: path === "CODING" ? "MEDICAL_CODER" : "BILLING_SPECIALIST",
            workMode: "REMOTE",
            source: "INDEED",
            stage,
            appliedOn: date(appliedIso),
            followUpOn: rand() < 0.3 ? date(addDays(BENCH_TODAY, Math.floor(rand() * 14) - 7)) : null,
          });
          history.push({ applicationId: id, userId: u.id, fromStage: null, toStage: "SAVED", changedAt: date(addDays(appliedIso, -2)) });
          if (stage !== "SAVED")
            history.push({ applicationId: id, userId: u.id, fromStage: "SAVED", toStage: "APPLIED", changedAt: date(appliedIso) });
          if (!["SAVED", "APPLIED"].includes(stage))
            history.push({
              applicationId: id,
              userId: u.id,
              fromStage: "APPLIED",
              toStage: stage,
              changedAt: date(addDays(appliedIso, 5)),
            });
        }
        notes.push({
          organizationId: org.id,
          learnerId: u.id,
          authorId: advisor.id,
          visibility: "SHARED" as const,
          body: "Keep going — steady progress this month.",
        });
      }
      await db.learnerProfile.createMany({ data: profiles });
      await db.cohortLearner.createMany({ data: enrol });
      await db.learnerPlan.createMany({ data: plans });
      await db.planMilestone.createMany({ data: milestones });
      await db.practiceExam.createMany({ data: exams });
      await db.studySession.createMany({ data: study });
      await db.credentialGoal.createMany({ data: goals });
      await db.jobApplication.createMany({ data: apps });
      await db.applicationStageChange.createMany({ data: history });
      await db.learnerNote.createMany({ data: notes });
      await db.examAttempt.createMany({ data: attempts });
      await db.jobPlacement.createMany({ data: placements });
    }
    // Fresh bulk-loaded tables have no planner statistics until autovacuum gets to them;
    // a real database has them, so measure with them.
    await db.$executeRaw`ANALYZE`;
    return { orgId: org.id, learnerEmail: "learner@bench.chartpath.test", advisorEmail: advisor.email, adminEmail: admin.email };
  } finally {
    await db.$disconnect();
  }
}
