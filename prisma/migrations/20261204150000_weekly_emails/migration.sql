-- Weekly emails (issue 15 §3): each person's choice per kind (no row = the kind's default) and
-- one row per person, kind and week, claimed before the email is queued so it is sent once.
CREATE TYPE "WeeklyEmailKind" AS ENUM ('ADVISOR_DIGEST', 'LEARNER_SUMMARY');

CREATE TABLE "WeeklyEmailPreference" (
    "userId" TEXT NOT NULL,
    "kind" "WeeklyEmailKind" NOT NULL,
    "enabled" BOOLEAN NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WeeklyEmailPreference_pkey" PRIMARY KEY ("userId", "kind")
);

CREATE TABLE "WeeklyEmail" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "WeeklyEmailKind" NOT NULL,
    "weekOf" DATE NOT NULL,
    "snapshot" JSONB NOT NULL,
    "outboxId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WeeklyEmail_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "WeeklyEmail_userId_kind_weekOf_key" ON "WeeklyEmail"("userId", "kind", "weekOf");

ALTER TABLE "WeeklyEmailPreference" ADD CONSTRAINT "WeeklyEmailPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "WeeklyEmail" ADD CONSTRAINT "WeeklyEmail_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
