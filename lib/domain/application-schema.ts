// The fields of a job application and their checks, shared by the forms, the actions and the
// spreadsheet import (one schema per input): required text, vocabularies, http(s) links,
// real dates, salary min ≤ max. Messages say what to change.
import { z } from "zod";
import { isValidIsoDate } from "@/lib/domain/dates";
import { ROLE_TYPES, SOURCES, WORK_MODES, isHttpUrl } from "@/lib/domain/application-fields";

import { JD_MAX_CHARS, NOTES_MAX_CHARS } from "@/lib/domain/job-hunt-limits";

export { JD_MAX_CHARS, NOTES_MAX_CHARS };

export const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
export const text = (label: string, max: number) =>
  z.string({ message: `Enter ${label}.` }).trim().min(1, `Enter ${label}.`).max(max, `${label[0]?.toUpperCase()}${label.slice(1)} can be at most ${max.toLocaleString("en-US")} characters.`);
export const optionalText = (label: string, max: number) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, `${label} can be at most ${max.toLocaleString("en-US")} characters.`).optional());
export const optionalDate = (label: string) =>
  z.preprocess(blankToUndefined, z.string().refine(isValidIsoDate, `${label}: enter a real date (YYYY-MM-DD).`).optional());
export const salary = (label: string) =>
  z.preprocess(blankToUndefined, z.coerce.number({ message: `${label}: enter a whole number of dollars.` }).int(`${label}: enter a whole number of dollars.`).min(0, `${label} can't be negative.`).max(1_000_000, `${label} looks too large.`).optional());

export const applicationFieldsSchema = z
  .object({
    company: text("the company", 200),
    title: text("the job title", 200),
    roleType: z.enum(ROLE_TYPES, { message: "Choose a role type from the list." }),
    workMode: z.enum(WORK_MODES, { message: "Choose remote, hybrid or on-site." }),
    location: optionalText("Location", 200),
    source: z.enum(SOURCES, { message: "Choose where you found the job." }),
    link: z.preprocess(blankToUndefined, z.string().trim().max(2000, "The link is too long.").refine(isHttpUrl, "Enter a full web address starting with http:// or https://.").optional()),
    salaryMin: salary("Minimum salary"),
    salaryMax: salary("Maximum salary"),
    notes: optionalText("Notes", NOTES_MAX_CHARS),
    jobDescription: optionalText("The job description", JD_MAX_CHARS),
    appliedOn: optionalDate("Applied on"),
    followUpOn: optionalDate("Follow-up date"),
  })
  .superRefine((v, ctx) => {
    if (v.salaryMin !== undefined && v.salaryMax !== undefined && v.salaryMin > v.salaryMax) {
      ctx.addIssue({ code: "custom", path: ["salaryMax"], message: "The maximum salary must be at least the minimum." });
    }
  });
export type ApplicationFields = z.output<typeof applicationFieldsSchema>;

