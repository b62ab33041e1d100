// The program's copy of a learner's own exam and job logs (lib/data/programs/enrollments.ts
// explains when it runs). No "server-only" here: the demo seed builds its records with the same
// statements the app uses, so demo figures are what the app would have produced.
import type { Tx } from "@/lib/prisma-client";

/**
 * Mirrors the learner's own exam and job logs into the program records of every enrollment whose
 * cohort they are still a member of: new entries appear, edits follow, deleted ones go. Records
 * staff have reviewed are left as they are. Runs in the transaction of the learner's write.
 */
export async function mirrorSelfReports(tx: Pick<Tx, "$executeRaw">, userId: string) {
  await tx.$executeRaw`
    INSERT INTO "CredentialResult" ("id", "enrollmentId", "credentialCode", "takenOn", "passed", "source", "selfReportId", "recordedById", "recordedByName")
    SELECT replace(gen_random_uuid()::text, '-', ''), e."id", a."credentialCode", a."takenOn", a."result" = 'PASSED', 'SELF_REPORT', a."id", a."userId", 'Learner (self-report)'
    FROM "Enrollment" e
    JOIN "Cohort" c ON c."id" = e."cohortId"
    JOIN "CohortLearner" cl ON cl."cohortId" = e."cohortId" AND cl."userId" = e."learnerId" AND cl."leftAt" IS NULL
    JOIN "ExamAttempt" a ON a."userId" = e."learnerId" AND a."takenOn" >= e."startedOn"
      AND a."takenOn" <= COALESCE(e."withdrawnOn", e."transferredOn", 'infinity'::date)
      AND (c."credentialCode" IS NULL OR a."credentialCode" = c."credentialCode")
    WHERE e."learnerId" = ${userId}
    ON CONFLICT ("enrollmentId", "selfReportId") DO UPDATE SET "credentialCode" = EXCLUDED."credentialCode",
      "takenOn" = EXCLUDED."takenOn", "passed" = EXCLUDED."passed"
    WHERE "CredentialResult"."review" = 'UNREVIEWED'`;
  await tx.$executeRaw`
    DELETE FROM "CredentialResult" r USING "Enrollment" e, "CohortLearner" cl
    WHERE r."enrollmentId" = e."id" AND e."learnerId" = ${userId} AND cl."cohortId" = e."cohortId" AND cl."userId" = e."learnerId"
      AND cl."leftAt" IS NULL AND r."source" = 'SELF_REPORT' AND r."review" = 'UNREVIEWED'
      AND NOT EXISTS (SELECT 1 FROM "ExamAttempt" a JOIN "Cohort" c ON c."id" = e."cohortId"
        WHERE a."id" = r."selfReportId" AND a."takenOn" >= e."startedOn"
          AND a."takenOn" <= COALESCE(e."withdrawnOn", e."transferredOn", 'infinity'::date)
          AND (c."credentialCode" IS NULL OR a."credentialCode" = c."credentialCode"))`;
  // Jobs go to the learner's latest enrollment in each program (a re-entry supersedes the earlier one).
  await tx.$executeRaw`
    INSERT INTO "OutcomeRecord" ("id", "enrollmentId", "kind", "employer", "title", "startedOn", "recordedOn", "field", "salaryUsd", "source", "selfReportId", "recordedById", "recordedByName")
    SELECT replace(gen_random_uuid()::text, '-', ''), e."id", 'EMPLOYED', p."employer", p."title", p."startDate", p."createdAt"::date,
      CASE WHEN p."inField" THEN 'IN_FIELD'::"FieldRelation" ELSE 'UNRELATED'::"FieldRelation" END,
      CASE WHEN p."shareSalary" THEN p."salaryUsd" END, 'SELF_REPORT', p."id", p."userId", 'Learner (self-report)'
    FROM "Enrollment" e
    JOIN "CohortLearner" cl ON cl."cohortId" = e."cohortId" AND cl."userId" = e."learnerId" AND cl."leftAt" IS NULL
    JOIN "JobPlacement" p ON p."userId" = e."learnerId"
    WHERE e."learnerId" = ${userId}
      AND NOT EXISTS (SELECT 1 FROM "Enrollment" later WHERE later."learnerId" = e."learnerId"
        AND later."organizationId" = e."organizationId" AND later."startedOn" > e."startedOn")
    ON CONFLICT ("enrollmentId", "selfReportId") DO UPDATE SET "employer" = EXCLUDED."employer", "title" = EXCLUDED."title",
      "startedOn" = EXCLUDED."startedOn", "field" = EXCLUDED."field", "salaryUsd" = EXCLUDED."salaryUsd"
    WHERE "OutcomeRecord"."review" = 'UNREVIEWED'`;
  await tx.$executeRaw`
    DELETE FROM "OutcomeRecord" r USING "Enrollment" e, "CohortLearner" cl
    WHERE r."enrollmentId" = e."id" AND e."learnerId" = ${userId} AND cl."cohortId" = e."cohortId" AND cl."userId" = e."learnerId"
      AND cl."leftAt" IS NULL AND r."source" = 'SELF_REPORT' AND r."review" = 'UNREVIEWED'
      AND NOT EXISTS (SELECT 1 FROM "JobPlacement" p WHERE p."id" = r."selfReportId")`;
}
