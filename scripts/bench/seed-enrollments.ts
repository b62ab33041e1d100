/* eslint-disable no-restricted-properties -- bench-only seed: its SQL is built from constants and ids this script created, never from input */
// Bench enrollment records (issue 16), in SQL so 20,000 learners take seconds: for every cohort
// membership of an organization, an enrollment whose start, status and outcomes are spread as a
// real program's are (about 70% graduate, 15% withdraw, 5% re-enter, 3% documented unavailable;
// 60% of graduates sit the exam, a job record for about 65% of graduates, wage matches for some).
// `seedEnrollmentScale` adds a second organization of N learners that has only these records
// (the accreditor report's scale test: 20,000 learners).
import { hashPassword } from "../../lib/auth/password";
import { createPrismaClient, type Db } from "../../lib/prisma-client";
import { BENCH_PASSWORD } from "./seed-bench";

/** Deterministic per-row numbers in [0, 1) from the row's id, so reruns give the same data. */
const R = (salt: number) => `(('x' || substr(md5(e."id" || '${salt}'), 1, 8))::bit(32)::bigint / 4294967296.0)`;

export async function seedBenchEnrollments(db: Db, organizationId: string): Promise<number> {
  const created = await db.$executeRawUnsafe(`
    INSERT INTO "Enrollment" ("id", "organizationId", "cohortId", "learnerId", "startedOn", "updatedAt")
    SELECT replace(gen_random_uuid()::text, '-', ''), c."organizationId", cl."cohortId", cl."userId",
      c."startDate" - ((abs(hashtext(cl."userId")) % 900))::int, now()
    FROM "CohortLearner" cl JOIN "Cohort" c ON c."id" = cl."cohortId" WHERE c."organizationId" = '${organizationId}'`);
  // Statuses: dates a few months to two years after the start, never after today.
  await db.$executeRawUnsafe(`
    UPDATE "Enrollment" e SET
      "status" = CASE WHEN ${R(1)} < 0.70 THEN 'COMPLETED'::"EnrollmentStatus" WHEN ${R(1)} < 0.85 THEN 'WITHDRAWN'::"EnrollmentStatus"
        WHEN ${R(1)} < 0.88 THEN 'TRANSFERRED'::"EnrollmentStatus" ELSE 'ENROLLED'::"EnrollmentStatus" END,
      "entryKind" = CASE WHEN ${R(2)} < 0.05 THEN 'RE_ENTRY'::"EnrollmentEntryKind" ELSE 'NEW_START'::"EnrollmentEntryKind" END
    WHERE e."organizationId" = '${organizationId}'`);
  await db.$executeRawUnsafe(`
    UPDATE "Enrollment" e SET
      "completedOn" = CASE WHEN "status" = 'COMPLETED' THEN LEAST(current_date - 1, "startedOn" + (240 + floor(${R(3)} * 300))::int) END,
      "withdrawnOn" = CASE WHEN "status" = 'WITHDRAWN' THEN LEAST(current_date - 1, "startedOn" + (20 + floor(${R(3)} * 200))::int) END,
      "withdrawalReason" = CASE WHEN "status" = 'WITHDRAWN' THEN 'Personal' END,
      "transferredOn" = CASE WHEN "status" = 'TRANSFERRED' THEN LEAST(current_date - 1, "startedOn" + (20 + floor(${R(3)} * 200))::int) END
    WHERE e."organizationId" = '${organizationId}'`);
  await db.$executeRawUnsafe(`
    UPDATE "Enrollment" e SET "unavailableReason" = 'CONTINUING_EDUCATION', "unavailableDocumentedOn" = "completedOn"
    WHERE e."organizationId" = '${organizationId}' AND "status" = 'COMPLETED' AND ${R(4)} < 0.03`);
  await db.$executeRawUnsafe(`
    INSERT INTO "CredentialResult" ("id", "enrollmentId", "credentialCode", "takenOn", "passed", "source", "review", "recordedByName")
    SELECT replace(gen_random_uuid()::text, '-', ''), e."id", 'CPC', LEAST(current_date - 1, e."completedOn" + 21), ${R(5)} < 0.72,
      'SELF_REPORT', CASE WHEN ${R(6)} < 0.4 THEN 'VERIFIED'::"OutcomeReview" ELSE 'UNREVIEWED'::"OutcomeReview" END, 'Learner (self-report)'
    FROM "Enrollment" e WHERE e."organizationId" = '${organizationId}' AND e."status" = 'COMPLETED' AND ${R(7)} < 0.6`);
  await db.$executeRawUnsafe(`
    INSERT INTO "OutcomeRecord" ("id", "enrollmentId", "kind", "employer", "startedOn", "recordedOn", "hoursPerWeek", "field", "source", "review", "recordedByName")
    SELECT replace(gen_random_uuid()::text, '-', ''), e."id",
      CASE WHEN ${R(8)} < 0.9 THEN 'EMPLOYED'::"OutcomeKind" WHEN ${R(8)} < 0.95 THEN 'SEEKING'::"OutcomeKind" ELSE 'NOT_SEEKING'::"OutcomeKind" END,
      'Bench Health', LEAST(current_date - 1, e."completedOn" + (floor(${R(9)} * 150))::int), LEAST(current_date - 1, e."completedOn" + (floor(${R(9)} * 150) + 5)::int),
      CASE WHEN ${R(10)} < 0.8 THEN 40 ELSE 20 END,
      CASE WHEN ${R(11)} < 0.75 THEN 'IN_FIELD'::"FieldRelation" WHEN ${R(11)} < 0.85 THEN 'RELATED'::"FieldRelation" ELSE 'UNRELATED'::"FieldRelation" END,
      'SURVEY', CASE WHEN ${R(12)} < 0.3 THEN 'VERIFIED'::"OutcomeReview" ELSE 'UNREVIEWED'::"OutcomeReview" END, 'Graduate survey'
    FROM "Enrollment" e WHERE e."organizationId" = '${organizationId}' AND e."status" = 'COMPLETED' AND ${R(13)} < 0.65`);
  await db.$executeRawUnsafe(`
    INSERT INTO "QuarterlyWage" ("id", "enrollmentId", "quarter", "amountUsd")
    SELECT replace(gen_random_uuid()::text, '-', ''), e."id",
      to_char(e."completedOn" + 100, 'YYYY') || '-Q' || to_char(e."completedOn" + 100, 'Q'), 8000 + floor(${R(14)} * 6000)::int
    FROM "Enrollment" e WHERE e."organizationId" = '${organizationId}' AND e."completedOn" IS NOT NULL AND ${R(15)} < 0.4`);
  return created;
}

export interface ScaleIds {
  orgId: string;
  adminEmail: string;
}

/** A second program with `learners` learners in 20 cohorts and only enrollment records. */
export async function seedEnrollmentScale(databaseUrl: string, learners: number): Promise<ScaleIds> {
  const db = createPrismaClient(databaseUrl, 2);
  try {
    const org = await db.organization.create({
      data: { name: `Bench Consortium (${learners} learners)`, slug: `bench-scale-${learners}-${Date.now()}` },
    });
    const adminEmail = `admin-${learners}@bench.chartpath.test`;
    const admin = await db.user.create({
      data: { email: adminEmail, name: "Bench scale admin", password: { create: { hash: await hashPassword(BENCH_PASSWORD) } } },
    });
    await db.membership.create({ data: { organizationId: org.id, userId: admin.id, role: "ADMIN" } });
    await db.$executeRawUnsafe(`
      INSERT INTO "Cohort" ("id", "organizationId", "name", "credentialCode", "startDate", "updatedAt")
      SELECT '${org.id}c' || g, '${org.id}', 'Scale cohort ' || g, 'CPC', current_date - 400 + g * 10, now() FROM generate_series(1, 20) g`);
    await db.$executeRawUnsafe(`
      INSERT INTO "User" ("id", "email", "name", "updatedAt")
      SELECT '${org.id}u' || g, 'scale-' || g || '-${org.id}@bench.chartpath.test', 'Scale Learner ' || g, now() FROM generate_series(1, ${learners}) g`);
    await db.$executeRawUnsafe(`
      INSERT INTO "CohortLearner" ("id", "cohortId", "userId", "consentedAt")
      SELECT '${org.id}m' || g, '${org.id}c' || (1 + g % 20), '${org.id}u' || g, now() FROM generate_series(1, ${learners}) g`);
    await seedBenchEnrollments(db, org.id);
    await db.$executeRaw`ANALYZE`;
    return { orgId: org.id, adminEmail };
  } finally {
    await db.$disconnect();
  }
}
