-- CreateEnum
CREATE TYPE "SurveyWave" AS ENUM ('AT_COMPLETION', 'DAY_90', 'DAY_180', 'NACE_CUTOFF');

-- CreateTable
CREATE TABLE "GraduateSurvey" (
    "id" TEXT NOT NULL,
    "enrollmentId" TEXT NOT NULL,
    "wave" "SurveyWave" NOT NULL,
    "dueOn" DATE NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3),
    "remindersSent" INTEGER NOT NULL DEFAULT 0,
    "lastRemindedAt" TIMESTAMP(3),
    "answeredAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "outcomeRecordId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GraduateSurvey_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "GraduateSurvey_tokenHash_key" ON "GraduateSurvey"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "GraduateSurvey_outcomeRecordId_key" ON "GraduateSurvey"("outcomeRecordId");

-- CreateIndex
CREATE UNIQUE INDEX "GraduateSurvey_enrollmentId_wave_key" ON "GraduateSurvey"("enrollmentId", "wave");

-- AddForeignKey
ALTER TABLE "GraduateSurvey" ADD CONSTRAINT "GraduateSurvey_enrollmentId_fkey" FOREIGN KEY ("enrollmentId") REFERENCES "Enrollment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GraduateSurvey" ADD CONSTRAINT "GraduateSurvey_outcomeRecordId_fkey" FOREIGN KEY ("outcomeRecordId") REFERENCES "OutcomeRecord"("id") ON DELETE SET NULL ON UPDATE CASCADE;
