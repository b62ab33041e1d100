-- The learner's experience log (issue 17 §1–2): jobs, externships and coding courses that count
-- toward removing apprentice status. One table, columns per kind nullable; `version` for edits.
CREATE TYPE "ExperienceKind" AS ENUM ('JOB', 'EXTERNSHIP', 'EDUCATION');

CREATE TABLE "ExperiencePeriod" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "ExperienceKind" NOT NULL,
    "organization" TEXT NOT NULL,
    "title" TEXT,
    "supervisorName" TEXT,
    "startedOn" DATE,
    "endedOn" DATE,
    "hoursPerWeek" INTEGER,
    "totalHours" INTEGER,
    "contactHours" INTEGER,
    "shareCoding" INTEGER,
    "codeSets" TEXT[],
    "tasks" TEXT,
    "certificateOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExperiencePeriod_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "ExperiencePeriod_userId_kind_idx" ON "ExperiencePeriod"("userId", "kind");

ALTER TABLE "ExperiencePeriod" ADD CONSTRAINT "ExperiencePeriod_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
