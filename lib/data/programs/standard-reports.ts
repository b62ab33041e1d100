// A program's figures under one outcome standard for one reporting year: the enrollment records
// (enrollment-records.ts, one statement) computed by the standard's own rules
// (lib/domain/outcome-standards), with who is counted where, named only while they are members.
// The staff report, its CSV and the public page all read this one function.
import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requireOrgAdmin } from "@/lib/data/access";
import { todayIso } from "@/lib/data/dates";
import { enrollmentListings } from "@/lib/data/programs/enrollment-records";
import { computeStandard, type StandardReport } from "@/lib/domain/outcome-standards";
import { suppress, type DisplayedMeasure } from "@/lib/domain/outcome-measures";
import { reportingWindow, reportingYearOf } from "@/lib/domain/reporting-windows";
import { createReportCache } from "@/lib/cache/report-cache";
import { outcomesStamp } from "@/lib/data/programs/outcomes";
import { logger } from "@/lib/log";
import { latestEndedYear } from "@/lib/domain/standard-report-view";
import { audit } from "@/lib/auth/audit";
import { db } from "@/lib/db";
import { reportYears, reportEvidence, type ReportPerson } from "@/lib/domain/standard-report-view";
import { OUTCOME_STANDARD_IDS, type OutcomeStandardId } from "@/lib/content/outcome-standards";

export interface ProgramStandardReport {
  report: StandardReport;
  people: Map<string, ReportPerson>;
  /** Evidence behind the outcomes of the learners this report counts. */
  evidence: { verified: number; total: number; disputed: number };
  years: number[];
  asOf: string;
}

// Reports are read far more often than enrollments change: each (program, standard, year, day)
// is computed once per shared version of the program's outcomes (every write to enrollments,
// evidence, exams, jobs or memberships bumps it, on any instance) and at most a minute old
// otherwise. The staff page, both CSVs and the public page read the same copy.
const cache = createReportCache<ProgramStandardReport>({
  freshMs: 15_000,
  maxAgeMs: 60_000,
  maxEntries: 200,
  onError: (error) => logger.error({ err: error }, "standard report: background refresh failed"),
});

export async function computeProgramStandard(organizationId: string, standard: OutcomeStandardId, endYear: number | undefined) {
  const asOf = todayIso();
  const stamp = await outcomesStamp(organizationId);
  const key = `${organizationId}:${standard}:${endYear ?? "latest"}:${asOf}`;
  return (await cache.get(key, () => computeNow(organizationId, standard, endYear, asOf), stamp)).value;
}

async function computeNow(organizationId: string, standard: OutcomeStandardId, endYear: number | undefined, asOf: string) {
  const [first] = await db.$queryRaw<{ first: string | null }[]>`
    SELECT to_char(min("startedOn"), 'YYYY-MM-DD') AS "first" FROM "Enrollment" WHERE "organizationId" = ${organizationId}`;
  const years = reportYears(standard, first?.first ?? asOf, asOf);
  const year = endYear ?? years[0] ?? reportingYearOf(standard, asOf);
  const window = reportingWindow(standard, year);
  // Only enrollments that overlap the reporting year can count in any of its measures.
  const listings = await enrollmentListings(organizationId, undefined, undefined, window);
  const records = listings.map((l) => l.record);
  const report = computeStandard(standard, year, records, asOf);
  const people = new Map<string, ReportPerson>();
  for (const l of listings) people.set(l.record.learnerId, { name: l.name, ref: l.ref, cohortName: l.cohortName });
  return { report, people, evidence: reportEvidence(report, listings), years, asOf } satisfies ProgramStandardReport;
}

export async function programStandardReport(
  actor: CurrentUser,
  organizationId: string,
  standard: OutcomeStandardId,
  endYear?: number,
): Promise<ProgramStandardReport> {
  await requireOrgAdmin(actor, organizationId, "read:outcomes:org");
  return computeProgramStandard(organizationId, standard, endYear);
}

export interface PublicOutcomes {
  program: { name: string; slug: string; description: string | null };
  standard: OutcomeStandardId;
  minCell: number;
  window: StandardReport["window"];
  /** Display cells only: suppressed under minCell, and never a learner id. */
  measures: { id: string; kind: "rate" | "median"; shown: DisplayedMeasure }[];
  evidence: { verified: number; total: number; disputed: number };
  asOf: string;
}

/** The figures a program chose to publish (null when it has not): the latest reporting year that has ended, no people. */
export async function publicOutcomes(slug: string): Promise<PublicOutcomes | null> {
  const org = await db.organization.findUnique({
    where: { slug },
    select: { id: true, name: true, slug: true, description: true, publicStandard: true, publicMinCell: true },
  });
  if (!org?.publicStandard || !(OUTCOME_STANDARD_IDS as readonly string[]).includes(org.publicStandard)) return null;
  const standard = org.publicStandard as OutcomeStandardId;
  const asOf = todayIso();
  const year = latestEndedYear(standard, asOf);
  const { report, evidence } = await computeProgramStandard(org.id, standard, year);
  return {
    program: { name: org.name, slug: org.slug, description: org.description },
    standard,
    minCell: org.publicMinCell,
    window: report.window,
    measures: report.measures.map((m) => ({ id: m.id, kind: m.kind, shown: suppress(m, org.publicMinCell) })),
    evidence,
    asOf,
  };
}

export async function publicOutcomesSetting(actor: CurrentUser, organizationId: string) {
  await requireOrgAdmin(actor, organizationId, "read:outcomes:org");
  return db.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { slug: true, publicStandard: true, publicMinCell: true, publicSince: true },
  });
}

export async function setPublicOutcomes(actor: CurrentUser, organizationId: string, standard: OutcomeStandardId | null, minCell: number) {
  await requireOrgAdmin(actor, organizationId, "update:organization:org");
  const current = await db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { publicStandard: true } });
  await db.organization.update({
    where: { id: organizationId },
    data: {
      publicStandard: standard,
      publicMinCell: minCell,
      publicSince: standard === null ? null : current.publicStandard === standard ? undefined : new Date(),
    },
  });
  await audit({
    action: standard ? "outcomes.published" : "outcomes.unpublished",
    actorId: actor.id,
    targetType: "organization",
    targetId: organizationId,
    metadata: { standard, minCell },
  });
}
