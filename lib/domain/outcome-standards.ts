// Every measure of every outcome standard for one reporting year, computed from enrollment
// records (lib/domain/outcome-records). Definitions and sources: lib/content/outcome-standards;
// windows: lib/domain/reporting-windows; WIOA's quarter-based measures: lib/domain/wioa-measures.
import type { OutcomeStandardId } from "@/lib/content/outcome-standards";
import { exitDate, type EnrollmentRecord, type OutcomeRecord } from "@/lib/domain/outcome-records";
import { tally, type Decision, type Measure, type RateMeasure } from "@/lib/domain/outcome-measures";
import { inWindow, reportingWindow, type ReportingWindow } from "@/lib/domain/reporting-windows";
import { wioaMeasures } from "@/lib/domain/wioa-measures";
import type { IsoDate } from "@/lib/domain/types";

export interface StandardReport {
  window: ReportingWindow;
  measures: Measure[];
}

/** `asOf` is the date the report is computed for (WIOA leaves out exiters whose follow-up quarter has not ended by then). */
export function computeStandard(
  standard: OutcomeStandardId,
  endYear: number,
  records: readonly EnrollmentRecord[],
  asOf: IsoDate,
): StandardReport {
  const w = reportingWindow(standard, endYear);
  switch (standard) {
    case "ABHES":
      return { window: w, measures: [retention(records, w), placement(records, w), examPass("credentialing", records, w)] };
    case "CAHIIM":
      return {
        window: w,
        measures: [graduation(records, w), employment(records, w), retention(records, w), examPass("certification", records, w)],
      };
    case "NACE":
      return { window: w, measures: naceMeasures(records, w) };
    case "WIOA":
      return { window: w, measures: wioaMeasures(records, w, asOf) };
  }
}

const isJob = (o: OutcomeRecord) => o.kind === "EMPLOYED" || o.kind === "SELF_EMPLOYED";
const leftWithout = (r: EnrollmentRecord) =>
  `${r.status === "TRANSFERRED" ? "Transferred" : "Withdrew"} on ${exitDate(r)}: only graduates count`;

/** ABHES (EE + G) / (BE + NS + RE). A learner leaving on 1 July was still enrolled that day; one leaving on 30 June is not ending enrollment. */
function retention(records: readonly EnrollmentRecord[], w: ReportingWindow): RateMeasure {
  const parts = { BE: 0, NS: 0, RE: 0, EE: 0, G: 0 };
  const measure = tally("retention", records, (r) => {
    const exit = exitDate(r);
    const beginning = r.startedOn < w.start && (exit === undefined || exit >= w.start);
    const startedIn = inWindow(r.startedOn, w);
    if (!beginning && !startedIn) return null;
    parts[beginning ? "BE" : r.entryKind === "RE_ENTRY" ? "RE" : "NS"] += 1;
    if (inWindow(r.completedOn, w)) {
      parts.G += 1;
      return "NUMERATOR";
    }
    if (exit === undefined || exit > w.end) {
      parts.EE += 1;
      return "NUMERATOR";
    }
    return "DENOMINATOR";
  });
  return { ...measure, parts };
}

function placement(records: readonly EnrollmentRecord[], w: ReportingWindow): RateMeasure {
  const parts = { G: 0, U: 0, F: 0, R: 0 };
  const measure = tally("placement", records, (r) => {
    if (r.status !== "COMPLETED") return inWindow(exitDate(r), w) ? { why: leftWithout(r) } : null;
    if (!inWindow(r.completedOn, w)) return null;
    parts.G += 1;
    if (r.unavailable) {
      parts.U += 1;
      return { why: `Documented unavailable for placement (${r.unavailable.reason.toLowerCase().replace("_", " ")})` };
    }
    const jobs = r.outcomes.filter(isJob);
    if (jobs.some((o) => o.field === "IN_FIELD")) parts.F += 1;
    else if (jobs.some((o) => o.field === "RELATED")) parts.R += 1;
    else return "DENOMINATOR";
    return "NUMERATOR";
  });
  return { ...measure, parts };
}

/** ABHES GP / GT and CAHIIM's certification pass rate: graduates of the year passing on any attempt over those who sat. */
function examPass(id: string, records: readonly EnrollmentRecord[], w: ReportingWindow): RateMeasure {
  return tally(id, records, (r) => {
    if (r.status !== "COMPLETED" || !inWindow(r.completedOn, w)) return null;
    if (r.credentialAttempts.length === 0) return { why: "Did not take a credentialing exam" };
    return r.credentialAttempts.some((a) => a.passed) ? "NUMERATOR" : "DENOMINATOR";
  });
}

function graduation(records: readonly EnrollmentRecord[], w: ReportingWindow): RateMeasure {
  return tally("graduation", records, (r) => (inWindow(exitDate(r), w) ? (r.status === "COMPLETED" ? "NUMERATOR" : "DENOMINATOR") : null));
}

function employment(records: readonly EnrollmentRecord[], w: ReportingWindow): RateMeasure {
  return tally("employment", records, (r) => {
    if (r.status !== "COMPLETED" || !inWindow(r.completedOn, w)) return null;
    return r.outcomes.some(isJob) ? "NUMERATOR" : "DENOMINATOR";
  });
}

/** The graduate's first destination as known by the collection cut-off: the latest outcome learned by then. */
export function knownOutcome(r: EnrollmentRecord, collectThrough: string): OutcomeRecord | undefined {
  let latest: OutcomeRecord | undefined;
  for (const o of r.outcomes) if (o.recordedOn <= collectThrough && (latest === undefined || o.recordedOn >= latest.recordedOn)) latest = o;
  return latest;
}

function naceMeasures(records: readonly EnrollmentRecord[], w: ReportingWindow): RateMeasure[] {
  const cutoff = w.collectThrough ?? w.end;
  const graduates = records.filter((r) => r.status === "COMPLETED" && inWindow(r.completedOn, w));
  const known = new Map(graduates.map((r) => [r, knownOutcome(r, cutoff)]));
  const unknownWhy = (r: EnrollmentRecord): Decision =>
    r.outcomes.length > 0 ? { why: `Outcome learned after the ${cutoff} cut-off` } : { why: "No outcome information" };
  const knowledge = tally("knowledge", graduates, (r) => (known.get(r) ? "NUMERATOR" : "DENOMINATOR"), 65);
  const careerOutcomes = tally("careerOutcomes", graduates, (r) => {
    const o = known.get(r);
    if (!o) return unknownWhy(r);
    if (o.kind === "NOT_SEEKING") return { why: "Not seeking employment or further education" };
    return o.kind === "SEEKING" ? "DENOMINATOR" : "NUMERATOR";
  });
  const fullTime = tally("fullTime", graduates, (r) => {
    const o = known.get(r);
    if (!o || !isJob(o)) return null;
    if (o.hoursPerWeek === undefined) return { why: "Employed, hours per week not recorded" };
    return o.hoursPerWeek >= 30 ? "NUMERATOR" : "DENOMINATOR";
  });
  return [knowledge, careerOutcomes, fullTime];
}
