// What the standard reports show around the computed measures: the reporting years a program
// has data for, the evidence behind the people counted, and the CSV shaped like the standard's
// own template (one row per measure with its components). Public output goes through
// suppress(): no counts under the minimum cell size and never a person.
import { OUTCOME_STANDARDS, measureDefinition, type OutcomeStandardId } from "@/lib/content/outcome-standards";
import { suppress, type Measure } from "@/lib/domain/outcome-measures";
import { exitDate, type EnrollmentRecord } from "@/lib/domain/outcome-records";
import type { StandardReport } from "@/lib/domain/outcome-standards";
import { reportingWindow, reportingYearOf } from "@/lib/domain/reporting-windows";
import type { CsvValue } from "@/lib/domain/csv";
import type { IsoDate } from "@/lib/domain/types";

export interface ReportPerson {
  name: string | null;
  ref: string;
  cohortName: string;
}

export const DEFAULT_MIN_CELL = 10;

/** Reporting years (newest first) from the one holding the earliest start to the one holding `asOf` (at most 16). */
export function reportYears(standard: OutcomeStandardId, earliestStart: IsoDate, asOf: IsoDate): number[] {
  const current = reportingYearOf(standard, asOf);
  const first = Math.max(Math.min(current, reportingYearOf(standard, earliestStart)), current - 15);
  return Array.from({ length: current - first + 1 }, (_, i) => current - i);
}

/** The newest reporting year that has ended by `asOf` (NACE: whose collection cut-off has passed). */
export function latestEndedYear(standard: OutcomeStandardId, asOf: IsoDate): number {
  let year = reportingYearOf(standard, asOf);
  for (;;) {
    const w = reportingWindow(standard, year);
    if ((w.collectThrough ?? w.end) < asOf) return year;
    year -= 1;
  }
}

/** Who a measure counts anywhere (numerator, denominator or excluded). */
export function countedIds(m: Measure): Set<string> {
  return new Set([...m.included.denominator, ...m.excluded.map((e) => e.learnerId)]);
}

export function reportEvidence(
  report: StandardReport,
  listings: readonly { record: EnrollmentRecord; evidence: { total: number; verified: number; disputed: number } }[],
) {
  const ids = new Set<string>();
  for (const m of report.measures) for (const id of countedIds(m)) ids.add(id);
  const out = { verified: 0, total: 0, disputed: 0 };
  for (const l of listings)
    if (ids.has(l.record.learnerId)) {
      out.verified += l.evidence.verified;
      out.total += l.evidence.total;
      out.disputed += l.evidence.disputed;
    }
  return out;
}

export const personLabel = (p: ReportPerson | undefined) => (p ? (p.name ?? `Former learner ${p.ref}`) : "Deleted account");

/**
 * One row per measure as the standard's template reads: the counts, the rate and the components
 * (ABHES's BE/NS/RE/EE/G and G/U/F/R). `publicCells` hides figures under `minCell`.
 */
export function standardCsvRows(
  standard: OutcomeStandardId,
  report: StandardReport,
  options: { publicCells: boolean; minCell: number; programName: string; asOf: IsoDate },
): CsvValue[][] {
  const partNames = [...new Set(report.measures.flatMap((m) => (m.kind === "rate" && m.parts ? Object.keys(m.parts) : [])))];
  const header = [
    "program",
    "standard",
    "reporting_year",
    "window_start",
    "window_end",
    "measure",
    "definition",
    "numerator",
    "denominator",
    "rate_or_median",
    ...partNames.map((p) => `part_${p}`),
    "suppressed",
    "as_of",
    "definition_source",
  ];
  const rows: CsvValue[][] = [header];
  for (const m of report.measures) {
    const def = measureDefinition(standard, m.id);
    const shown = suppress(m, options.publicCells ? options.minCell : 0);
    const hidden = options.publicCells && shown.suppressed;
    const parts = m.kind === "rate" && m.parts ? m.parts : {};
    rows.push([
      options.programName,
      OUTCOME_STANDARDS[standard].name,
      report.window.label,
      report.window.start,
      report.window.end,
      def?.value.label ?? m.id,
      def?.value.definition ?? "",
      hidden ? null : m.kind === "rate" ? m.numerator : null,
      hidden ? null : m.kind === "rate" ? m.denominator : m.n,
      hidden ? null : m.kind === "rate" ? m.rate : m.median,
      ...partNames.map((p) => (hidden ? null : (parts[p] ?? null))),
      hidden ? `yes (fewer than ${options.minCell})` : "no",
      options.asOf,
      def
        ? `${def.source.label}${def.source.url ? ` ${def.source.url}` : ""} (checked ${def.asOf}${def.confidence === "uncertain" ? ", to be confirmed" : ""})`
        : "",
    ]);
  }
  return rows;
}

/** The learner's exit for drill-down lines ("graduated 2026-05-30"). */
export function exitLine(r: EnrollmentRecord): string {
  const on = exitDate(r);
  if (!on) return `enrolled since ${r.startedOn}`;
  return `${r.status === "COMPLETED" ? "graduated" : r.status === "WITHDRAWN" ? "withdrew" : "transferred"} ${on}`;
}
