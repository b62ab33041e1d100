// The program's enrollment records as the outcome standards take them (lib/domain/outcome-records):
// one SQL statement gathers every enrollment of the organization with its credential results,
// outcome records and wages as JSON arrays, so a report is one round trip at any size. Disputed
// records are left out of the figures (staff said the evidence does not hold) and counted apart.
// Names come only from a current membership of one of the program's cohorts (what gives staff
// access to a learner at all): once a learner leaves, staff see "Former learner E-…".
import "server-only";
import { db } from "@/lib/db";
import type {
  CredentialAttempt,
  EnrollmentRecord,
  EnrollmentStatus,
  EntryKind,
  FieldRelation,
  OutcomeKind,
  OutcomeRecord,
  OutcomeSource,
  UnavailableReason,
} from "@/lib/domain/outcome-records";

export interface EnrollmentListing {
  record: EnrollmentRecord;
  cohortName: string;
  /** The learner's name while they are a member of the cohort; null after they leave. */
  name: string | null;
  /** A short reference staff can quote after the learner leaves. */
  ref: string;
  evidence: { total: number; verified: number; disputed: number };
}

interface Row {
  id: string;
  learnerId: string | null;
  cohortId: string;
  cohortName: string;
  startedOn: string;
  entryKind: EntryKind;
  status: EnrollmentStatus;
  completedOn: string | null;
  withdrawnOn: string | null;
  withdrawalReason: string | null;
  transferredOn: string | null;
  unavailableReason: UnavailableReason | null;
  unavailableDocumentedOn: string | null;
  name: string | null;
  results: { credential: string; takenOn: string; passed: boolean; review: string }[];
  outcomes: {
    kind: OutcomeKind;
    startedOn: string | null;
    endedOn: string | null;
    recordedOn: string;
    hoursPerWeek: number | null;
    field: FieldRelation | null;
    source: OutcomeSource;
    review: string;
  }[];
  wages: { quarter: string; amount: number; source: OutcomeSource }[];
}

/** Enrollment reference shown after a learner leaves: the last six characters of the row id. */
export const enrollmentRef = (id: string) => `E-${id.slice(-6).toUpperCase()}`;

/** Every enrollment of the organization (optionally one cohort), oldest start first. */
/** `activeIn`: only enrollments that overlap the period (started by its end, not ended before its start). */
export async function enrollmentListings(
  organizationId: string,
  cohortId?: string,
  learnerId?: string,
  activeIn?: { start: string; end: string },
): Promise<EnrollmentListing[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT e."id", e."learnerId", e."cohortId", c."name" AS "cohortName",
      e."startedOn"::text AS "startedOn", e."entryKind"::text AS "entryKind", e."status"::text AS "status",
      e."completedOn"::text AS "completedOn", e."withdrawnOn"::text AS "withdrawnOn",
      e."withdrawalReason", e."transferredOn"::text AS "transferredOn",
      e."unavailableReason"::text AS "unavailableReason", e."unavailableDocumentedOn"::text AS "unavailableDocumentedOn",
      CASE WHEN m."userId" IS NOT NULL THEN u."name" END AS "name",
      COALESCE(cr."items", '[]'::json) AS "results", COALESCE(o."items", '[]'::json) AS "outcomes", COALESCE(w."items", '[]'::json) AS "wages"
    FROM "Enrollment" e
    JOIN "Cohort" c ON c."id" = e."cohortId"
    LEFT JOIN (SELECT DISTINCT cl."userId" FROM "CohortLearner" cl JOIN "Cohort" mc ON mc."id" = cl."cohortId"
      WHERE cl."leftAt" IS NULL AND mc."organizationId" = ${organizationId}) m ON m."userId" = e."learnerId"
    LEFT JOIN "User" u ON u."id" = e."learnerId"
    LEFT JOIN (
      SELECT "enrollmentId", json_agg(json_build_object('credential', "credentialCode", 'takenOn', "takenOn"::text,
        'passed', "passed", 'review', "review") ORDER BY "takenOn") AS "items"
      FROM "CredentialResult" GROUP BY "enrollmentId") cr ON cr."enrollmentId" = e."id"
    LEFT JOIN (
      SELECT "enrollmentId", json_agg(json_build_object('kind', "kind", 'startedOn', "startedOn"::text,
        'endedOn', "endedOn"::text, 'recordedOn', "recordedOn"::text, 'hoursPerWeek', "hoursPerWeek",
        'field', "field", 'source', "source", 'review', "review") ORDER BY "recordedOn") AS "items"
      FROM "OutcomeRecord" GROUP BY "enrollmentId") o ON o."enrollmentId" = e."id"
    LEFT JOIN (
      SELECT "enrollmentId", json_agg(json_build_object('quarter', "quarter", 'amount', "amountUsd", 'source', "source")) AS "items"
      FROM "QuarterlyWage" GROUP BY "enrollmentId") w ON w."enrollmentId" = e."id"
    WHERE e."organizationId" = ${organizationId} AND (${cohortId ?? null}::text IS NULL OR e."cohortId" = ${cohortId ?? null})
      AND (${learnerId ?? null}::text IS NULL OR e."learnerId" = ${learnerId ?? null})
      AND (${activeIn?.end ?? null}::date IS NULL OR (e."startedOn" <= ${activeIn?.end ?? null}::date
        AND COALESCE(e."completedOn", e."withdrawnOn", e."transferredOn", 'infinity'::date) >= ${activeIn?.start ?? null}::date))
    ORDER BY e."startedOn", e."id"`;
  return rows.map(toListing);
}

const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

function toListing(r: Row): EnrollmentListing {
  const counted = <T extends { review: string }>(items: T[]) => items.filter((i) => i.review !== "DISPUTED");
  const attempts: CredentialAttempt[] = counted(r.results).map((a) => ({ credential: a.credential, takenOn: a.takenOn, passed: a.passed }));
  const outcomes: OutcomeRecord[] = counted(r.outcomes).map((o) => ({
    kind: o.kind,
    startedOn: opt(o.startedOn),
    endedOn: opt(o.endedOn),
    recordedOn: o.recordedOn,
    hoursPerWeek: opt(o.hoursPerWeek),
    field: opt(o.field),
    source: o.source,
    verified: o.review === "VERIFIED",
  }));
  const all = [...r.results, ...r.outcomes];
  return {
    record: {
      enrollmentId: r.id,
      // A deleted account leaves the record de-identified; the enrollment id stands in for the person.
      learnerId: r.learnerId ?? `enrollment:${r.id}`,
      cohortId: r.cohortId,
      startedOn: r.startedOn,
      entryKind: r.entryKind,
      status: r.status,
      completedOn: opt(r.completedOn),
      withdrawnOn: opt(r.withdrawnOn),
      withdrawalReason: opt(r.withdrawalReason),
      transferredOn: opt(r.transferredOn),
      unavailable:
        r.unavailableReason && r.unavailableDocumentedOn
          ? { reason: r.unavailableReason, documentedOn: r.unavailableDocumentedOn }
          : undefined,
      credentialAttempts: attempts,
      outcomes,
      wages: r.wages.map((w) => ({ quarter: w.quarter, amount: w.amount, source: w.source })),
    },
    cohortName: r.cohortName,
    name: r.name,
    ref: enrollmentRef(r.id),
    evidence: {
      total: all.length,
      verified: all.filter((i) => i.review === "VERIFIED").length,
      disputed: all.filter((i) => i.review === "DISPUTED").length,
    },
  };
}
