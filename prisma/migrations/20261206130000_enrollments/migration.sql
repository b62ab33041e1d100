-- Issue 16: the program's enrollment records, which outlive a learner's cohort membership, with
-- the history of changes, credential results and outcome records (each with its source and review)
-- and quarterly wage matches. Existing memberships are backfilled below.

-- CreateEnum
CREATE TYPE "EnrollmentEntryKind" AS ENUM ('NEW_START', 'RE_ENTRY');

-- CreateEnum
CREATE TYPE "EnrollmentStatus" AS ENUM ('ENROLLED', 'COMPLETED', 'WITHDRAWN', 'TRANSFERRED');

-- CreateEnum
CREATE TYPE "UnavailableReason" AS ENUM ('HEALTH', 'MILITARY', 'INCARCERATION', 'CONTINUING_EDUCATION', 'DEATH');

-- CreateEnum
CREATE TYPE "OutcomeKind" AS ENUM ('EMPLOYED', 'SELF_EMPLOYED', 'MILITARY', 'SERVICE', 'CONTINUING_EDUCATION', 'SEEKING', 'NOT_SEEKING');

-- CreateEnum
CREATE TYPE "OutcomeSource" AS ENUM ('SELF_REPORT', 'SURVEY', 'EMPLOYER_VERIFICATION', 'STAFF_DOCUMENT', 'WAGE_MATCH');

-- CreateEnum
CREATE TYPE "FieldRelation" AS ENUM ('IN_FIELD', 'RELATED', 'UNRELATED');

-- CreateEnum
CREATE TYPE "OutcomeReview" AS ENUM ('UNREVIEWED', 'VERIFIED', 'DISPUTED');

-- CreateTable
CREATE TABLE "Enrollment" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "learnerId" TEXT,
    "startedOn" DATE NOT NULL,
    "entryKind" "EnrollmentEntryKind" NOT NULL DEFAULT 'NEW_START',
    "status" "EnrollmentStatus" NOT NULL DEFAULT 'ENROLLED',
    "completedOn" DATE,
    "withdrawnOn" DATE,
    "withdrawalReason" TEXT,
    "transferredOn" DATE,
    "unavailableReason" "UnavailableReason",
    "unavailableDocumentedOn" DATE,
    "unavailableNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Enrollment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EnrollmentChange" (
    "id" TEXT NOT NULL,
    "enrollmentId" TEXT NOT NULL,
    "actorId" TEXT,
    "actorName" TEXT NOT NULL,
    "via" TEXT NOT NULL,
    "changes" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EnrollmentChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CredentialResult" (
    "id" TEXT NOT NULL,
    "enrollmentId" TEXT NOT NULL,
    "credentialCode" TEXT NOT NULL,
    "takenOn" DATE NOT NULL,
    "passed" BOOLEAN NOT NULL,
    "source" "OutcomeSource" NOT NULL,
    "note" TEXT,
    "selfReportId" TEXT,
    "review" "OutcomeReview" NOT NULL DEFAULT 'UNREVIEWED',
    "reviewedById" TEXT,
    "reviewedByName" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewNote" TEXT,
    "recordedById" TEXT,
    "recordedByName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CredentialResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutcomeRecord" (
    "id" TEXT NOT NULL,
    "enrollmentId" TEXT NOT NULL,
    "kind" "OutcomeKind" NOT NULL,
    "employer" TEXT,
    "title" TEXT,
    "startedOn" DATE,
    "endedOn" DATE,
    "recordedOn" DATE NOT NULL,
    "hoursPerWeek" INTEGER,
    "field" "FieldRelation",
    "salaryUsd" INTEGER,
    "source" "OutcomeSource" NOT NULL,
    "note" TEXT,
    "selfReportId" TEXT,
    "review" "OutcomeReview" NOT NULL DEFAULT 'UNREVIEWED',
    "reviewedById" TEXT,
    "reviewedByName" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewNote" TEXT,
    "recordedById" TEXT,
    "recordedByName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutcomeRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuarterlyWage" (
    "id" TEXT NOT NULL,
    "enrollmentId" TEXT NOT NULL,
    "quarter" TEXT NOT NULL,
    "amountUsd" INTEGER NOT NULL,
    "source" "OutcomeSource" NOT NULL DEFAULT 'WAGE_MATCH',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuarterlyWage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Enrollment_organizationId_cohortId_idx" ON "Enrollment"("organizationId", "cohortId");

-- CreateIndex
CREATE INDEX "Enrollment_learnerId_idx" ON "Enrollment"("learnerId");

-- CreateIndex
CREATE INDEX "EnrollmentChange_enrollmentId_createdAt_idx" ON "EnrollmentChange"("enrollmentId", "createdAt");

-- CreateIndex
CREATE INDEX "CredentialResult_enrollmentId_idx" ON "CredentialResult"("enrollmentId");

-- CreateIndex
CREATE UNIQUE INDEX "CredentialResult_enrollmentId_selfReportId_key" ON "CredentialResult"("enrollmentId", "selfReportId");

-- CreateIndex
CREATE INDEX "OutcomeRecord_enrollmentId_idx" ON "OutcomeRecord"("enrollmentId");

-- CreateIndex
CREATE UNIQUE INDEX "OutcomeRecord_enrollmentId_selfReportId_key" ON "OutcomeRecord"("enrollmentId", "selfReportId");

-- CreateIndex
CREATE INDEX "QuarterlyWage_enrollmentId_quarter_idx" ON "QuarterlyWage"("enrollmentId", "quarter");

-- AddForeignKey
ALTER TABLE "Enrollment" ADD CONSTRAINT "Enrollment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrollment" ADD CONSTRAINT "Enrollment_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrollment" ADD CONSTRAINT "Enrollment_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnrollmentChange" ADD CONSTRAINT "EnrollmentChange_enrollmentId_fkey" FOREIGN KEY ("enrollmentId") REFERENCES "Enrollment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CredentialResult" ADD CONSTRAINT "CredentialResult_enrollmentId_fkey" FOREIGN KEY ("enrollmentId") REFERENCES "Enrollment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeRecord" ADD CONSTRAINT "OutcomeRecord_enrollmentId_fkey" FOREIGN KEY ("enrollmentId") REFERENCES "Enrollment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuarterlyWage" ADD CONSTRAINT "QuarterlyWage_enrollmentId_fkey" FOREIGN KEY ("enrollmentId") REFERENCES "Enrollment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: one enrollment per existing cohort membership (current or past), started on the
-- cohort's start date; staff correct dates and statuses from the enrollments page.
INSERT INTO "Enrollment" ("id", "organizationId", "cohortId", "learnerId", "startedOn", "updatedAt")
SELECT replace(gen_random_uuid()::text, '-', ''), c."organizationId", cl."cohortId", cl."userId", c."startDate", CURRENT_TIMESTAMP
FROM "CohortLearner" cl JOIN "Cohort" c ON c."id" = cl."cohortId";

-- Current members' own logs become the program's self-reported records, as new ones will.
INSERT INTO "CredentialResult" ("id", "enrollmentId", "credentialCode", "takenOn", "passed", "source", "selfReportId", "recordedById", "recordedByName")
SELECT replace(gen_random_uuid()::text, '-', ''), e."id", a."credentialCode", a."takenOn", a."result" = 'PASSED', 'SELF_REPORT', a."id", a."userId", 'Learner (self-report)'
FROM "Enrollment" e
JOIN "Cohort" c ON c."id" = e."cohortId"
JOIN "CohortLearner" cl ON cl."cohortId" = e."cohortId" AND cl."userId" = e."learnerId" AND cl."leftAt" IS NULL
JOIN "ExamAttempt" a ON a."userId" = e."learnerId" AND a."takenOn" >= e."startedOn"
  AND (c."credentialCode" IS NULL OR a."credentialCode" = c."credentialCode");

INSERT INTO "OutcomeRecord" ("id", "enrollmentId", "kind", "employer", "title", "startedOn", "recordedOn", "field", "salaryUsd", "source", "selfReportId", "recordedById", "recordedByName")
SELECT replace(gen_random_uuid()::text, '-', ''), e."id", 'EMPLOYED', p."employer", p."title", p."startDate", p."createdAt"::date,
  CASE WHEN p."inField" THEN 'IN_FIELD'::"FieldRelation" ELSE 'UNRELATED'::"FieldRelation" END,
  CASE WHEN p."shareSalary" THEN p."salaryUsd" END, 'SELF_REPORT', p."id", p."userId", 'Learner (self-report)'
FROM "Enrollment" e
JOIN "CohortLearner" cl ON cl."cohortId" = e."cohortId" AND cl."userId" = e."learnerId" AND cl."leftAt" IS NULL
JOIN "JobPlacement" p ON p."userId" = e."learnerId";
