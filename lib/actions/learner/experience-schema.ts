// The experience-log forms' one zod schema (a job, an externship or a course, by `kind`), used
// by the page's field names and the actions. Types and ranges here; dates against today,
// overlaps and the 80-hours-a-week bound are lib/domain/experience's checks in the data layer.
import { z } from "zod";
import { CODE_SETS } from "@/lib/content/experience-rules";
import { checkbox, id, isoDate, optionalDate, optionalText, orNull, recordVersion, text, wholeNumber } from "@/lib/domain/form-fields";
import { MAX_HOURS_PER_WEEK, type ExperiencePeriod } from "@/lib/domain/experience";

const codeSetBoxes = Object.fromEntries(CODE_SETS.map((c) => [`codeSet${c}`, checkbox])) as Record<
  `codeSet${(typeof CODE_SETS)[number]}`,
  typeof checkbox
>;
const share = wholeNumber("the share of time coding or billing (%)", 0, 100);
const work = {
  startedOn: isoDate("the start date"),
  endedOn: orNull(optionalDate("the end date")),
  shareCoding: share,
};

function periodSchema<E extends z.ZodRawShape>(extra: E) {
  const job = z.object({
    ...extra,
    kind: z.literal("JOB"),
    employer: text("the employer", 120),
    title: text("the job title", 120),
    hoursPerWeek: wholeNumber("hours per week", 1, MAX_HOURS_PER_WEEK),
    ...work,
    ...codeSetBoxes,
  });
  const externship = z.object({
    ...extra,
    kind: z.literal("EXTERNSHIP"),
    site: text("the externship site", 120),
    supervisorName: text("the supervisor's name", 120),
    totalHours: wholeNumber("the total hours", 1, 2000),
    tasks: orNull(optionalText(1000, "the tasks")),
    ...work,
  });
  const education = z.object({
    ...extra,
    kind: z.literal("EDUCATION"),
    course: text("the course", 160),
    provider: text("the provider", 120),
    contactHours: wholeNumber("the contact hours", 1, 2000),
    certificateOn: orNull(optionalDate("the certificate date")),
  });
  return z.discriminatedUnion("kind", [job, externship, education], { error: "Choose a job, an externship or a course." });
}

const addSchema = periodSchema({});
type Parsed = z.output<typeof addSchema>;

/** The form's fields as a domain period (the code-set checkboxes become one list). */
function toPeriod(v: Parsed): ExperiencePeriod {
  if (v.kind === "JOB") {
    const { employer, title, hoursPerWeek, startedOn, endedOn, shareCoding } = v;
    return {
      kind: "JOB",
      employer,
      title,
      hoursPerWeek,
      startedOn,
      endedOn,
      shareCoding,
      codeSets: CODE_SETS.filter((c) => v[`codeSet${c}`]),
    };
  }
  if (v.kind === "EXTERNSHIP") {
    const { site, supervisorName, totalHours, tasks, startedOn, endedOn, shareCoding } = v;
    return { kind: "EXTERNSHIP", site, supervisorName, totalHours, tasks, startedOn, endedOn, shareCoding };
  }
  const { course, provider, contactHours, certificateOn } = v;
  return { kind: "EDUCATION", course, provider, contactHours, certificateOn };
}

export const addExperienceSchema = addSchema.transform((v) => ({ period: toPeriod(v) }));
export const updateExperienceSchema = periodSchema({ id, version: recordVersion }).transform((v) => ({
  id: v.id,
  version: v.version,
  period: toPeriod(v),
}));
export const deleteExperienceSchema = z.object({ id, confirm: z.literal("on", { message: "Confirm to delete this period." }) });
