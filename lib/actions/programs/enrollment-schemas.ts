// Input schemas for staff's enrollment records: a status change, an outcome or exam result
// they saw evidence of, a review of any evidence, and the status CSV.
import { z } from "zod";
import { ENROLLMENT_STATUSES, ENTRY_KINDS, FIELD_RELATIONS, OUTCOME_KINDS, UNAVAILABLE_REASONS } from "@/lib/domain/outcome-records";
import {
  id,
  optional,
  optionalDate,
  optionalText,
  optionalWholeNumber,
  recordVersion,
  text,
  isoDate,
  wholeNumber,
} from "@/lib/domain/form-fields";
import { OUTCOME_STANDARD_IDS } from "@/lib/content/outcome-standards";
import { STAFF_SOURCE_IDS } from "@/lib/domain/outcome-evidence";
import { WITHDRAWAL_REASON_MAX } from "@/lib/domain/enrollment-changes";
import { ENROLLMENT_CSV_MAX_BYTES } from "@/lib/domain/enrollment-import";

const choice = <T extends readonly [string, ...string[]]>(values: T, message: string) => z.enum(values, { message });

export const updateEnrollmentSchema = z.object({
  enrollmentId: id,
  version: recordVersion,
  status: choice(ENROLLMENT_STATUSES, "Choose enrolled, graduated, withdrawn or transferred."),
  statusDate: optionalDate("the date"),
  startedOn: optionalDate("the start date"),
  entryKind: optional(choice(ENTRY_KINDS, "Choose new start or re-entry.")),
  withdrawalReason: optionalText(WITHDRAWAL_REASON_MAX, "the withdrawal reason"),
  unavailableReason: optional(choice(["NONE", ...UNAVAILABLE_REASONS] as const, "Choose a documented reason.")),
  unavailableDocumentedOn: optionalDate("the date you saw the document"),
});

export const addOutcomeSchema = z.object({
  enrollmentId: id,
  kind: choice(OUTCOME_KINDS, "Choose the outcome."),
  employer: optionalText(120, "the employer"),
  title: optionalText(120, "the job title"),
  startedOn: optionalDate("the start date"),
  hoursPerWeek: optionalWholeNumber("hours per week", 1, 80),
  field: optional(choice(FIELD_RELATIONS, "Choose in field, related or unrelated.")),
  source: choice(STAFF_SOURCE_IDS, "Choose where this came from."),
  note: text("what you saw (the document or who confirmed it)", 300),
});

export const addCredentialResultSchema = z.object({
  enrollmentId: id,
  credentialCode: text("the credential", 12).regex(/^[A-Z0-9-]+$/i, "Use the credential's code, e.g. CPC."),
  takenOn: isoDate("the exam date"),
  result: choice(["PASSED", "FAILED"] as const, "Choose passed or failed."),
  source: choice(STAFF_SOURCE_IDS, "Choose where this came from."),
  note: text("what you saw (the score report or who confirmed it)", 300),
});

export const reviewEvidenceSchema = z.object({
  type: choice(["outcome", "credential"] as const, "Unknown record."),
  recordId: id,
  decision: choice(["VERIFIED", "DISPUTED", "UNREVIEWED"] as const, "Choose verify or dispute."),
  note: optionalText(300, "the note"),
});

export const importEnrollmentsSchema = z.object({
  organizationId: id,
  file: z
    .instanceof(File, { message: "Choose a CSV file" })
    .refine((f) => f.size > 0, "The file is empty")
    .refine((f) => f.size <= ENROLLMENT_CSV_MAX_BYTES, "The file is larger than 1 MB. Split it into smaller files."),
});

export const publicOutcomesSchema = z.object({
  organizationId: id,
  standard: choice(["OFF", ...OUTCOME_STANDARD_IDS] as const, "Choose a standard, or keep the page off."),
  minCell: wholeNumber("the smallest group shown", 5, 50),
});
