// Demo data for the embedded/demo mode: a training program with a cohort, a learner in it,
// an assigned advisor and a program admin. Idempotent: re-running changes nothing.
import { hashPassword } from "../lib/auth/password";
import { createPrismaClient, type Db } from "../lib/prisma-client";
import { DEMO_ACCOUNTS } from "../lib/demo-accounts";
import { seedLearnerJourney } from "./seed/learner-journey";
import { seedJobHunt } from "./seed/job-hunt";
import { seedExperience } from "./seed/experience";
import { seedPrograms } from "./seed/programs";
import { seedWeeklyEmails } from "./seed/weekly-emails";
import { seedProgramHistory } from "./seed/program-history";
import { seedEnrollments } from "./seed/enrollments";
import { seedGraduateSurveys } from "./seed/graduate-surveys";
import { writeFollowingPlan } from "../lib/data/learner/plan-reconcile";

export { DEMO_ACCOUNTS };

const ORG_SLUG = "riverbend-cc";

async function upsertUser(db: Db, email: string, name: string, passwordHash: string) {
  const user = await db.user.upsert({ where: { email }, update: {}, create: { email, name } });
  await db.password.upsert({ where: { userId: user.id }, update: {}, create: { userId: user.id, hash: passwordHash } });
  return user;
}

export async function seedFoundation(db: Db) {
  const passwordHash = await hashPassword(DEMO_ACCOUNTS.password);
  const [learnerSpec, advisorSpec, adminSpec] = DEMO_ACCOUNTS.users;
  const learner = await upsertUser(db, learnerSpec.email, learnerSpec.name, passwordHash);
  const advisor = await upsertUser(db, advisorSpec.email, advisorSpec.name, passwordHash);
  const admin = await upsertUser(db, adminSpec.email, adminSpec.name, passwordHash);

  const org = await db.organization.upsert({
    where: { slug: ORG_SLUG },
    update: {},
    create: {
      slug: ORG_SLUG,
      name: "Riverbend Community College — Health Information Programs",
      description: "Certificate and AAS programs in medical coding, billing and health information technology.",
    },
  });
  for (const [user, role] of [
    [admin, "ADMIN"],
    [advisor, "ADVISOR"],
  ] as const) {
    await db.membership.upsert({
      where: { organizationId_userId: { organizationId: org.id, userId: user.id } },
      update: {},
      create: { organizationId: org.id, userId: user.id, role },
    });
  }

  let cohort = await db.cohort.findFirst({ where: { organizationId: org.id, name: "Coding Certificate — Spring 2026" } });
  cohort ??= await db.cohort.create({
    data: {
      organizationId: org.id,
      name: "Coding Certificate — Spring 2026",
      path: "CODING",
      credentialCode: "CPC",
      startDate: new Date("2026-03-02"),
      endDate: new Date("2026-12-18"),
      targetExamDate: new Date("2027-01-16"),
      joinCode: "RIVER-CPC-26",
      joinCodeEnabled: true,
    },
  });
  await db.cohortAdvisor.upsert({
    where: { cohortId_userId: { cohortId: cohort.id, userId: advisor.id } },
    update: {},
    create: { cohortId: cohort.id, userId: advisor.id },
  });
  await db.cohortLearner.upsert({
    where: { cohortId_userId: { cohortId: cohort.id, userId: learner.id } },
    update: {},
    create: {
      cohortId: cohort.id,
      userId: learner.id,
      consentedAt: new Date("2026-03-02T15:00:00Z"),
      joinedAt: new Date("2026-03-02T15:00:00Z"),
    },
  });
  await db.learnerProfile.upsert({
    where: { userId: learner.id },
    update: {},
    create: {
      userId: learner.id,
      persona: "CAREER_CHANGER",
      usState: "OH",
      weeklyHours: 12,
      budgetUsd: 3000,
      startDate: new Date("2026-03-02"),
      workMode: "REMOTE",
      path: "CODING",
      credentialCode: "CPC",
      routeCode: "CC_CERTIFICATE",
      onboardingStep: 6,
      onboardedAt: new Date("2026-03-02T15:10:00Z"),
    },
  });
  return { learner, advisor, admin, org, cohort };
}

export async function seedDemo(databaseUrl: string) {
  const db = createPrismaClient(databaseUrl, 2);
  try {
    const ctx = await seedFoundation(db);
    await seedLearnerJourney(db, ctx);
    await seedJobHunt(db, ctx);
    await seedExperience(db, ctx);
    await seedPrograms(db, ctx);
    await seedProgramHistory(db, ctx);
    await seedWeeklyEmails(db, ctx);
    await seedEnrollments(db, ctx);
    // The demo plans follow their learners' records exactly as the app's writes make them
    // (a booked exam completes "Schedule the exam" and re-dates "Sit the exam", …), so a
    // newcomer sees the same automatic completions a real learner would.
    for (const { userId } of await db.learnerPlan.findMany({ select: { userId: true } })) {
      await writeFollowingPlan(db, userId, async () => undefined);
    }
    // Last: surveys go to whichever enrollments the seeds above left COMPLETED.
    await seedGraduateSurveys(db, ctx);
    console.log("[seed] demo data ready");
  } finally {
    await db.$disconnect();
  }
}
