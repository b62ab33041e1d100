-- CreateEnum
CREATE TYPE "MilestoneStatus" AS ENUM ('OPEN', 'DONE', 'SKIPPED');

-- CreateEnum
CREATE TYPE "ExamResult" AS ENUM ('PASSED', 'FAILED');

-- CreateTable
CREATE TABLE "FitQuizAttempt" (
    "id" TEXT NOT NULL,
    "userId" TEXT,
    "visitorId" TEXT,
    "answers" JSONB NOT NULL,
    "recommendation" TEXT NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "result" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FitQuizAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShortlistedProgram" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT,
    "routeCode" TEXT,
    "accreditation" TEXT,
    "instructorCredentials" TEXT,
    "examPassRate" INTEGER,
    "placementRate" INTEGER,
    "externship" BOOLEAN,
    "placementHelp" BOOLEAN,
    "costUsd" INTEGER,
    "durationMonths" INTEGER,
    "notes" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ShortlistedProgram_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LearnerPlan" (
    "userId" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "credentialCode" TEXT NOT NULL,
    "routeCode" TEXT NOT NULL,
    "persona" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "weeklyHours" INTEGER NOT NULL,
    "totalMonths" INTEGER NOT NULL,
    "endDate" DATE NOT NULL,
    "targetExamDate" DATE,
    "generatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LearnerPlan_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "PlanMilestone" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "phase" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "customDueDate" DATE,
    "status" "MilestoneStatus" NOT NULL DEFAULT 'OPEN',
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanMilestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeExam" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "takenOn" DATE NOT NULL,
    "credentialCode" TEXT NOT NULL,
    "questions" INTEGER NOT NULL,
    "correct" INTEGER NOT NULL,
    "minutes" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PracticeExam_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StudySession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "studiedOn" DATE NOT NULL,
    "minutes" INTEGER NOT NULL,
    "topic" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StudySession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CredentialGoal" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "credentialCode" TEXT NOT NULL,
    "examDate" DATE,
    "passedOn" DATE,
    "apprentice" BOOLEAN NOT NULL DEFAULT false,
    "apprenticeRemovedOn" DATE,
    "monthsExperience" INTEGER NOT NULL DEFAULT 0,
    "has80HourCourse" BOOLEAN NOT NULL DEFAULT false,
    "practicodeCases" INTEGER NOT NULL DEFAULT 0,
    "practicodeScore" INTEGER,
    "lapsedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CredentialGoal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExamAttempt" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "credentialCode" TEXT NOT NULL,
    "takenOn" DATE NOT NULL,
    "result" "ExamResult" NOT NULL,
    "scorePercent" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExamAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CeuEntry" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "earnedOn" DATE NOT NULL,
    "ceus" DOUBLE PRECISION NOT NULL,
    "title" TEXT NOT NULL,
    "provider" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CeuEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GrowthGoal" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "goalKey" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "horizon" TEXT NOT NULL,
    "status" "MilestoneStatus" NOT NULL DEFAULT 'OPEN',
    "targetDate" DATE,
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GrowthGoal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChecklistMark" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "list" TEXT NOT NULL,
    "itemKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChecklistMark_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FitQuizAttempt_userId_createdAt_idx" ON "FitQuizAttempt"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "FitQuizAttempt_visitorId_idx" ON "FitQuizAttempt"("visitorId");

-- CreateIndex
CREATE INDEX "ShortlistedProgram_userId_idx" ON "ShortlistedProgram"("userId");

-- CreateIndex
CREATE INDEX "PlanMilestone_userId_status_dueDate_idx" ON "PlanMilestone"("userId", "status", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "PlanMilestone_userId_key_key" ON "PlanMilestone"("userId", "key");

-- CreateIndex
CREATE INDEX "PracticeExam_userId_takenOn_idx" ON "PracticeExam"("userId", "takenOn");

-- CreateIndex
CREATE INDEX "StudySession_userId_studiedOn_idx" ON "StudySession"("userId", "studiedOn");

-- CreateIndex
CREATE UNIQUE INDEX "CredentialGoal_userId_credentialCode_key" ON "CredentialGoal"("userId", "credentialCode");

-- CreateIndex
CREATE INDEX "ExamAttempt_userId_takenOn_idx" ON "ExamAttempt"("userId", "takenOn");

-- CreateIndex
CREATE INDEX "CeuEntry_userId_earnedOn_idx" ON "CeuEntry"("userId", "earnedOn");

-- CreateIndex
CREATE UNIQUE INDEX "GrowthGoal_userId_goalKey_key" ON "GrowthGoal"("userId", "goalKey");

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistMark_userId_list_itemKey_key" ON "ChecklistMark"("userId", "list", "itemKey");

-- AddForeignKey
ALTER TABLE "FitQuizAttempt" ADD CONSTRAINT "FitQuizAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShortlistedProgram" ADD CONSTRAINT "ShortlistedProgram_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearnerPlan" ADD CONSTRAINT "LearnerPlan_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanMilestone" ADD CONSTRAINT "PlanMilestone_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeExam" ADD CONSTRAINT "PracticeExam_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudySession" ADD CONSTRAINT "StudySession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CredentialGoal" ADD CONSTRAINT "CredentialGoal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExamAttempt" ADD CONSTRAINT "ExamAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CeuEntry" ADD CONSTRAINT "CeuEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrowthGoal" ADD CONSTRAINT "GrowthGoal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistMark" ADD CONSTRAINT "ChecklistMark_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
