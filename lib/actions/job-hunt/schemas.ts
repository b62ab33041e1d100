// zod schemas for every job-hunt form, shared by the forms, the actions and the CSV import
// (one schema per input). Limits are stated in the messages so a user knows what to change.
import { z } from "zod";
import type { ImportPreview } from "@/lib/data/job-hunt/import";
import { APPLICATION_STAGES } from "@/lib/domain/applications";
import { CONTACT_ROLES } from "@/lib/domain/application-fields";
import { applicationFieldsSchema, JD_MAX_CHARS } from "@/lib/domain/application-schema";
import { checkbox, id, optional, optionalDate, optionalText, recordVersion, text } from "@/lib/domain/form-fields";

export { applicationFieldsSchema, JD_MAX_CHARS, NOTES_MAX_CHARS, type ApplicationFields } from "@/lib/domain/application-schema";

export { RESUME_MAX_CHARS, PORTFOLIO_MAX_CHARS } from "@/lib/domain/job-hunt-limits";
import { RESUME_MAX_CHARS, PORTFOLIO_MAX_CHARS } from "@/lib/domain/job-hunt-limits";

export const createApplicationSchema = applicationFieldsSchema.and(z.object({ confirmPhi: checkbox }));
export const updateApplicationSchema = applicationFieldsSchema.and(z.object({ id: id, version: recordVersion, confirmPhi: checkbox }));

export const moveStageSchema = z.object({
  id: id,
  stage: z.enum(APPLICATION_STAGES, { message: "Choose a stage from the list." }),
  on: optionalDate("the date"),
  /** The stage the caller saw (the board sends it): a different stored stage is a conflict. */
  from: optional(z.enum(APPLICATION_STAGES, { message: "Choose a stage from the list." })),
});

export const followUpSchema = z.object({ id: id, followUpOn: optionalDate("the follow-up date") });
export const deleteByIdSchema = z.object({ id: id });

export const contactSchema = z.object({
  applicationId: id,
  name: text("the contact's name", 200),
  role: z.enum(CONTACT_ROLES, { message: "Choose recruiter, interviewer or other." }),
  email: optional(z.email("Enter a valid email address.").max(254)),
  phone: optional(
    z
      .string()
      .trim()
      .max(40, "The phone number is too long.")
      .regex(/^[0-9+().\s-]{7,}$/, "Enter a phone number (digits, spaces, + ( ) -)."),
  ),
});
export const removeContactSchema = z.object({ applicationId: id, contactId: id });

export const resumeSchema = z.object({
  // Checked again after a file is read; the form also warns before sending a huge paste.
  text: optionalText(RESUME_MAX_CHARS, "your resume"),
  file: z.unknown().optional(),
  confirmPhi: checkbox,
});

export const checklistMarkSchema = z.object({
  list: z.enum(["resume-keywords", "remote-readiness", "prefs"], { message: "Unknown checklist." }),
  itemKey: z.string().trim().min(1).max(80, "Unknown item."),
  checked: checkbox,
});

export const matchSchema = z.object({ jobDescription: text("the job description", JD_MAX_CHARS) });
// Loose: without an applicationId the same form data also carries a new application's fields.
export const saveMatchSchema = z.looseObject({
  jobDescription: text("the job description", JD_MAX_CHARS),
  applicationId: optional(id),
  confirmPhi: checkbox,
});

export const portfolioSchema = z.object({
  title: text("a title", 200),
  description: optionalText(1000, "the description"),
  body: text("the exercise text", PORTFOLIO_MAX_CHARS),
  confirmPhi: checkbox,
});

export const periodSchema = z
  .object({ from: optionalDate("the “From” date"), to: optionalDate("the “To” date") })
  .refine((p) => !p.from || !p.to || p.from <= p.to, { path: ["to"], message: "“To” must be on or after “From”." });

// Import form: a file (first step) or the CSV text carried back from the preview, plus
// `map_<field>` selects once the user has seen the columns.
export const importSchema = z.looseObject({
  file: z.unknown().optional(),
  csv: z.string().max(2_100_000, "The file is larger than 2 MB.").optional(),
  mapped: checkbox,
  intent: z.enum(["preview", "import"]).default("preview"),
});

/** `notice`: why an "Import" press imported nothing, shown above the problems it counts. */
export type ImportState = { step: "preview"; csv: string; preview: ImportPreview; notice?: string } | { step: "done"; imported: number };
