// The fields of a job application and their checks, shared by the forms, the actions and the
// spreadsheet import (one schema per input): required text, vocabularies, http(s) links,
// real dates, salary min ≤ max. Built from lib/domain/form-fields; messages say what to change.
import { z } from "zod";
import { optional, optionalDate, optionalText, salary, text } from "@/lib/domain/form-fields";
import { ROLE_TYPES, SOURCES, WORK_MODES, isHttpUrl } from "@/lib/domain/application-fields";

import { JD_MAX_CHARS, NOTES_MAX_CHARS } from "@/lib/domain/job-hunt-limits";

export { JD_MAX_CHARS, NOTES_MAX_CHARS };

export const applicationFieldsSchema = z
  .object({
    company: text("the company", 200),
    title: text("the job title", 200),
    roleType: z.enum(ROLE_TYPES, { message: "Choose a role type from the list." }),
    workMode: z.enum(WORK_MODES, { message: "Choose remote, hybrid or on-site." }),
    location: optionalText(200, "the location"),
    source: z.enum(SOURCES, { message: "Choose where you found the job." }),
    link: optional(
      z.string().trim().max(2000, "The link is too long.").refine(isHttpUrl, "Enter a full web address starting with http:// or https://."),
    ),
    salaryMin: salary("the minimum salary"),
    salaryMax: salary("the maximum salary"),
    notes: optionalText(NOTES_MAX_CHARS, "notes"),
    jobDescription: optionalText(JD_MAX_CHARS, "the job description"),
    appliedOn: optionalDate("the date you applied"),
    followUpOn: optionalDate("the follow-up date"),
  })
  .superRefine((v, ctx) => {
    if (v.salaryMin !== undefined && v.salaryMax !== undefined && v.salaryMin > v.salaryMax) {
      ctx.addIssue({ code: "custom", path: ["salaryMax"], message: "The maximum salary must be at least the minimum." });
    }
  });
export type ApplicationFields = z.output<typeof applicationFieldsSchema>;
