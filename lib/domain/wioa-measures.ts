// WIOA-style eligible-training-provider measures for one program year of exiters: employment in
// the 2nd and 4th calendar quarter after the exit quarter, median earnings in the 2nd, and
// credential attainment during the program or within one year of exit (TEGL 10-16, Change 3).
import { addMonths } from "@/lib/domain/dates";
import type { IsoDate } from "@/lib/domain/types";
import { exitDate, type EnrollmentRecord, type UnavailableReason } from "@/lib/domain/outcome-records";
import { median, tally, type Exclusion, type MedianMeasure, type Measure } from "@/lib/domain/outcome-measures";
import { inWindow, quarterAfterExit, type CalendarQuarter, type ReportingWindow } from "@/lib/domain/reporting-windows";

// WIOA's exclusions; continuing education is not one (unlike ABHES's unavailable list).
const EXCLUDED: Partial<Record<UnavailableReason, string>> = {
  HEALTH: "Excluded: medical treatment precluding employment",
  MILITARY: "Excluded: called to active duty",
  INCARCERATION: "Excluded: institutionalized",
  DEATH: "Excluded: deceased",
};

function exclusion(r: EnrollmentRecord): string | undefined {
  return r.unavailable ? EXCLUDED[r.unavailable.reason] : undefined;
}

/** Employed at any time in the quarter (a job, self-employment or military service overlapping it) or with wages that quarter. */
export function employedIn(r: EnrollmentRecord, q: CalendarQuarter): boolean {
  const job = r.outcomes.some(
    (o) =>
      (o.kind === "EMPLOYED" || o.kind === "SELF_EMPLOYED" || o.kind === "MILITARY") &&
      o.startedOn !== undefined &&
      o.startedOn <= q.end &&
      (o.endedOn === undefined || o.endedOn >= q.start),
  );
  return job || (r.wages ?? []).some((wage) => wage.quarter === q.label && wage.amount > 0);
}

/** `asOf` is the report's date: an exiter whose quarter (or one-year window) has not ended by then is left out, not counted as a failure. */
export function wioaMeasures(records: readonly EnrollmentRecord[], w: ReportingWindow, asOf: IsoDate): Measure[] {
  const exiters = records.filter((r) => inWindow(exitDate(r), w));
  const employmentIn = (id: string, n: number) =>
    tally(id, exiters, (r) => {
      const q = quarterAfterExit(exitDate(r) ?? w.end, n);
      const why = exclusion(r) ?? (q.end > asOf ? notOver(q.label, q.end, asOf) : undefined);
      if (why) return { why };
      return employedIn(r, q) ? "NUMERATOR" : "DENOMINATOR";
    });
  const credential = tally("credentialAttainment", exiters, (r) => {
    const lastDay = addMonths(exitDate(r) ?? w.end, 12);
    const why = exclusion(r) ?? (lastDay > asOf ? notOver("The year after exit", lastDay, asOf) : undefined);
    if (why) return { why };
    return r.credentialAttempts.some((a) => a.passed && a.takenOn >= r.startedOn && a.takenOn <= lastDay) ? "NUMERATOR" : "DENOMINATOR";
  });
  return [employmentIn("employmentQ2", 2), employmentIn("employmentQ4", 4), medianEarningsQ2(exiters, w, asOf), credential];
}

const notOver = (what: string, ends: IsoDate, asOf: IsoDate) => `${what} ends ${ends}, after the report date ${asOf}`;

function medianEarningsQ2(exiters: readonly EnrollmentRecord[], w: ReportingWindow, asOf: IsoDate): MedianMeasure {
  const included: string[] = [];
  const values: number[] = [];
  const excluded: Exclusion[] = [];
  for (const r of exiters) {
    const q = quarterAfterExit(exitDate(r) ?? w.end, 2);
    const why =
      exclusion(r) ?? (q.end > asOf ? notOver(q.label, q.end, asOf) : employedIn(r, q) ? undefined : `Not employed in ${q.label}`);
    const wages = (r.wages ?? []).filter((wage) => wage.quarter === q.label);
    if (why) excluded.push({ learnerId: r.learnerId, why });
    else if (wages.length === 0) excluded.push({ learnerId: r.learnerId, why: `Employed in ${q.label}, no earnings recorded` });
    else {
      included.push(r.learnerId);
      values.push(wages.reduce((sum, wage) => sum + wage.amount, 0));
    }
  }
  return {
    kind: "median",
    id: "medianEarningsQ2",
    median: median(values),
    n: values.length,
    included: { denominator: included },
    excluded,
  };
}
