// The learner's experience log as plain data: jobs, externships and coding education, and the
// checks a period must pass before it is saved (per-field messages). How periods turn into
// qualifying months and route progress is lib/domain/experience-progress.ts.
import { CODE_SETS, type CodeSet } from "@/lib/content/experience-rules";
import { diffDays, isValidIsoDate } from "@/lib/domain/dates";
import { isWholeNumber, type FieldError, type IsoDate } from "@/lib/domain/types";

export type ExperienceKind = "JOB" | "EXTERNSHIP" | "EDUCATION";
export const EXPERIENCE_KINDS: readonly ExperienceKind[] = ["JOB", "EXTERNSHIP", "EDUCATION"];

/** Most periods one learner keeps (a career's worth of jobs, externships and courses). */
export const MAX_EXPERIENCE_PERIODS = 200;
export const MAX_HOURS_PER_WEEK = 80;
/** Periods start no earlier than this: older work is outside any letter an employer still signs. */
export const EARLIEST_PERIOD_START = "1970-01-01";

export interface JobPeriod {
  kind: "JOB";
  employer: string;
  title: string;
  startedOn: IsoDate;
  /** null while the job is ongoing. */
  endedOn: IsoDate | null;
  hoursPerWeek: number;
  /** Percent of the time spent coding or billing, 0–100. */
  shareCoding: number;
  codeSets: readonly CodeSet[];
}

export interface ExternshipPeriod {
  kind: "EXTERNSHIP";
  site: string;
  supervisorName: string;
  startedOn: IsoDate;
  endedOn: IsoDate | null;
  /** Hours on site so far (all of them once it has ended). */
  totalHours: number;
  tasks: string | null;
  shareCoding: number;
}

export interface EducationEntry {
  kind: "EDUCATION";
  course: string;
  provider: string;
  contactHours: number;
  /** The completion certificate's date; null while the course is in progress. */
  certificateOn: IsoDate | null;
}

export type ExperiencePeriod = JobPeriod | ExternshipPeriod | EducationEntry;
export type WorkPeriod = JobPeriod | ExternshipPeriod;

export const isWorkPeriod = (p: ExperiencePeriod): p is WorkPeriod => p.kind !== "EDUCATION";

/** Where the period was: the employer, site or course provider. */
export function periodOrganization(p: ExperiencePeriod): string {
  return p.kind === "JOB" ? p.employer : p.kind === "EXTERNSHIP" ? p.site : p.provider;
}

function checkDates(p: WorkPeriod, asOf: IsoDate, errors: FieldError[]): void {
  if (!isValidIsoDate(p.startedOn)) errors.push({ field: "startedOn", message: "Enter the start date as a real date." });
  else if (p.startedOn < EARLIEST_PERIOD_START) errors.push({ field: "startedOn", message: "Start dates go back to 1970 at most." });
  else if (p.startedOn > asOf)
    errors.push({ field: "startedOn", message: "The start date is in the future: log a period once it has started." });
  if (p.endedOn === null) return;
  if (!isValidIsoDate(p.endedOn)) errors.push({ field: "endedOn", message: "Enter the end date as a real date." });
  else if (p.endedOn > asOf)
    errors.push({ field: "endedOn", message: "The end date is in the future: leave it empty while the period is ongoing." });
  else if (isValidIsoDate(p.startedOn) && p.endedOn < p.startedOn)
    errors.push({ field: "endedOn", message: "The end date is before the start date." });
}

function checkShare(share: number, errors: FieldError[]): void {
  if (!isWholeNumber(share) || share < 0 || share > 100)
    errors.push({ field: "shareCoding", message: "The share of time coding or billing is a percentage from 0 to 100." });
}

/** The last day a work period covers as of `asOf` (ongoing periods run to it). */
export function lastDay(p: WorkPeriod, asOf: IsoDate): IsoDate {
  return p.endedOn ?? asOf;
}

function overlaps(a: WorkPeriod, b: WorkPeriod, asOf: IsoDate): boolean {
  return a.startedOn <= lastDay(b, asOf) && b.startedOn <= lastDay(a, asOf);
}

function sameOrganization(a: WorkPeriod, b: WorkPeriod): boolean {
  return a.kind === b.kind && periodOrganization(a).trim().toLowerCase() === periodOrganization(b).trim().toLowerCase();
}

/**
 * Field errors for one period, checked against the learner's other periods (`others` excludes
 * the period being edited). Overlapping periods at different places are fine (they are counted
 * once per day); the same place logged twice over the same days is a duplicate.
 */
export function validateExperiencePeriod(p: ExperiencePeriod, asOf: IsoDate, others: readonly ExperiencePeriod[] = []): FieldError[] {
  const errors: FieldError[] = [];
  if (p.kind === "EDUCATION") {
    if (!isWholeNumber(p.contactHours) || p.contactHours < 1 || p.contactHours > 2000)
      errors.push({ field: "contactHours", message: "Contact hours are a whole number from 1 to 2,000." });
    if (p.certificateOn !== null) {
      if (!isValidIsoDate(p.certificateOn)) errors.push({ field: "certificateOn", message: "Enter the certificate date as a real date." });
      else if (p.certificateOn > asOf)
        errors.push({ field: "certificateOn", message: "The certificate date is in the future: leave it empty until you finish." });
      else if (p.certificateOn < EARLIEST_PERIOD_START)
        errors.push({ field: "certificateOn", message: "Certificate dates go back to 1970 at most." });
    }
    return errors;
  }
  checkDates(p, asOf, errors);
  checkShare(p.shareCoding, errors);
  if (p.kind === "JOB") {
    if (!isWholeNumber(p.hoursPerWeek) || p.hoursPerWeek < 1 || p.hoursPerWeek > MAX_HOURS_PER_WEEK)
      errors.push({ field: "hoursPerWeek", message: `Hours per week are a whole number from 1 to ${MAX_HOURS_PER_WEEK}.` });
    if (p.codeSets.some((c) => !CODE_SETS.includes(c)) || new Set(p.codeSets).size !== p.codeSets.length)
      errors.push({ field: "codeSets", message: "Choose code sets from the list, each once." });
  } else if (!isWholeNumber(p.totalHours) || p.totalHours < 1) {
    errors.push({ field: "totalHours", message: "Total hours are a whole number, 1 or more." });
  } else if (errors.length === 0) {
    const weeks = (diffDays(p.startedOn, lastDay(p, asOf)) + 1) / 7;
    if (p.totalHours > weeks * MAX_HOURS_PER_WEEK)
      errors.push({ field: "totalHours", message: `That is more than ${MAX_HOURS_PER_WEEK} hours a week over these dates.` });
  }
  if (errors.length > 0) return errors;
  const duplicate = others.filter(isWorkPeriod).find((o) => sameOrganization(p, o) && overlaps(p, o, asOf));
  if (duplicate)
    errors.push({
      field: "startedOn",
      message: `These dates overlap your other ${p.kind === "JOB" ? "job" : "externship"} at ${periodOrganization(duplicate)} (from ${duplicate.startedOn}): edit that one instead.`,
    });
  return errors;
}
