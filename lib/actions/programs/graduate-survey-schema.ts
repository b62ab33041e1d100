// The graduate survey form's one schema (app/survey/[token]), used by the page's fields and the
// action. Every input is bounded; the checks that need the stored enrollment (start date not
// before the enrollment began) and today's date are made in lib/data/programs/graduate-surveys.ts.
import { z } from "zod";
import { optional, optionalDate, optionalText, optionalWholeNumber, salary } from "@/lib/domain/form-fields";
import { FIELD_RELATIONS } from "@/lib/domain/outcome-records";
import { TOKEN_PATTERN } from "@/lib/auth/tokens";

export const SURVEY_OUTCOMES = [
  "EMPLOYED",
  "SELF_EMPLOYED",
  "CONTINUING_EDUCATION",
  "MILITARY",
  "SERVICE",
  "NOT_SEEKING",
  "SEEKING",
] as const;
const WORKING = new Set<string>(["EMPLOYED", "SELF_EMPLOYED"]);

export const graduateSurveySchema = z
  .object({
    token: z.string({ error: "This survey link is not valid." }).regex(TOKEN_PATTERN, "This survey link is not valid."),
    outcome: z.enum(SURVEY_OUTCOMES, { error: "Choose what you are doing now." }),
    employer: optionalText(120, "the employer"),
    title: optionalText(120, "the job title"),
    startedOn: optionalDate("the start date"),
    hoursPerWeek: optionalWholeNumber("hours per week", 1, 80),
    field: optional(z.enum(FIELD_RELATIONS, { error: "Choose how the job relates to your training." })),
    salaryUsd: salary("the yearly salary", 1_000),
  })
  .superRefine((v, ctx) => {
    if (!WORKING.has(v.outcome)) return;
    const need = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (v.outcome === "EMPLOYED" && !v.employer) need("employer", "Enter the employer.");
    if (!v.title) need("title", "Enter your job title.");
    if (!v.startedOn) need("startedOn", "Enter the date you started.");
    if (v.hoursPerWeek === undefined) need("hoursPerWeek", "Enter your usual hours per week.");
    if (!v.field) need("field", "Choose how the job relates to your training.");
  });

export type GraduateSurveyInput = z.output<typeof graduateSurveySchema>;
