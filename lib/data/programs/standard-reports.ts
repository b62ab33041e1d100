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
import { reportingYearOf } from "@/lib/domain/reporting-windows";
import { reportYears, reportEvidence, type ReportPerson } from "@/lib/domain/standard-report-view";
import type { OutcomeStandardId } from "@/lib/content/outcome-standards";

export interface ProgramStandardReport {
  report: StandardReport;
  people: Map<string, ReportPerson>;
  /** Evidence behind the outcomes of the learners this report counts. */
  evidence: { verified: number; total: number; disputed: number };
  years: number[];
  asOf: string;
}

export async function computeProgramStandard(organizationId: string, standard: OutcomeStandardId, endYear: number | undefined) {
  const asOf = todayIso();
  const listings = await enrollmentListings(organizationId);
  const years = reportYears(
    standard,
    listings.map((l) => l.record),
    asOf,
  );
  const year = endYear ?? years[0] ?? reportingYearOf(standard, asOf);
  const report = computeStandard(
    standard,
    year,
    listings.map((l) => l.record),
    asOf,
  );
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
