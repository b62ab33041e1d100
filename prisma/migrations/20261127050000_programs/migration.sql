-- CreateEnum
CREATE TYPE "NoteVisibility" AS ENUM ('SHARED', 'STAFF');

-- CreateTable
CREATE TABLE "LearnerNote" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "learnerId" TEXT NOT NULL,
    "authorId" TEXT,
    "visibility" "NoteVisibility" NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LearnerNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobPlacement" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "employer" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "inField" BOOLEAN NOT NULL,
    "salaryUsd" INTEGER,
    "shareSalary" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JobPlacement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LearnerNote_learnerId_createdAt_idx" ON "LearnerNote"("learnerId", "createdAt");

-- CreateIndex
CREATE INDEX "JobPlacement_userId_startDate_idx" ON "JobPlacement"("userId", "startDate");

-- AddForeignKey
ALTER TABLE "LearnerNote" ADD CONSTRAINT "LearnerNote_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearnerNote" ADD CONSTRAINT "LearnerNote_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearnerNote" ADD CONSTRAINT "LearnerNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobPlacement" ADD CONSTRAINT "JobPlacement_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
