// Input schemas for program administration, onboarding and advising forms.
import { z } from "zod";
import { emailSchema } from "@/lib/actions/auth/schemas";
import { newPasswordSchema } from "@/lib/auth/password";
import { isValidIsoDate, toUtcDate } from "@/lib/domain/dates";
import { isoDate, optional, optionalText, salary } from "@/lib/domain/form-fields";
import type { ImportRow } from "@/lib/domain/learner-import";

export type ImportTotals = { invited: number; reinvited: number; skipped: number; errors: number };
export type { ImportResult } from "@/lib/domain/learner-import";
export type ImportPreview = {
  rows: ImportRow[];
  totals: { skip: ImportTotals; reinvite: ImportTotals };
  csv: string;
  defaultCohortId: string | null;
};

const id = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9]+$/i, "Invalid id");
const description = optionalText(500, "the description");

/** Program dates are stored as UTC midnight (@db.Date) and kept within 2000–2100. */
const programDate = (label: string) =>
  isoDate(label)
    .refine((v) => !isValidIsoDate(v) || (v >= "2000-01-01" && v <= "2100-12-31"), `Enter ${label} between 2000 and 2100.`)
    .transform(toUtcDate);

export const organizationSchema = z.object({
  name: z.string().trim().min(2, "Enter the program's name").max(120, "Use at most 120 characters"),
  description,
});

export const updateOrganizationSchema = organizationSchema.extend({ organizationId: id });

export const inviteStaffSchema = z.object({
  organizationId: id,
  email: emailSchema,
  role: z.enum(["ADMIN", "ADVISOR"], { message: "Choose a role" }),
});

const confirmTick = z.literal("on", { message: "Tick the box to confirm" });
export const staffMemberSchema = z.object({ organizationId: id, membershipId: id });
export const removeStaffSchema = staffMemberSchema.extend({ confirm: confirmTick });
export const resendInvitationSchema = z.object({ invitationId: id });
export const revokeInvitationSchema = resendInvitationSchema.extend({ confirm: confirmTick });
export const changeRoleSchema = staffMemberSchema.extend({ role: z.enum(["ADMIN", "ADVISOR"], { message: "Choose a role" }) });

export const cohortSchema = z.object({
  name: z.string().trim().min(2, "Enter a cohort name").max(120, "Use at most 120 characters"),
  path: z
    .enum(["CODING", "BILLING"])
    .optional()
    .or(z.literal("").transform(() => undefined)),
  credentialCode: z.string().trim().max(10).optional(),
  startDate: programDate("the start date"),
  endDate: optional(programDate("the end date")),
  targetExamDate: optional(programDate("the target exam date")),
});

export const createCohortSchema = cohortSchema.extend({ organizationId: id });
export const updateCohortSchema = cohortSchema.extend({ cohortId: id });
export const cohortIdSchema = z.object({ cohortId: id });
export const joinCodeSchema = cohortIdSchema.extend({ mode: z.enum(["regenerate", "disable", "enable"]) });
export const archiveSchema = cohortIdSchema.extend({ archived: z.enum(["true", "false"]).transform((v) => v === "true") });
export const advisorAssignmentSchema = cohortIdSchema.extend({
  advisorUserId: id,
  assigned: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export const inviteLearnerSchema = cohortIdSchema.extend({
  email: emailSchema,
  firstName: z.string().trim().min(1, "Enter a first name").max(100),
});

const csvFile = z
  .instanceof(File, { message: "Choose a CSV file" })
  .refine((f) => f.size > 0, "The file is empty")
  .refine((f) => f.size <= 2_000_000, "The file is larger than 2 MB. Split it into smaller files.");

export const importPreviewSchema = z.object({
  organizationId: id,
  file: csvFile,
  defaultCohortId: z
    .string()
    .max(40)
    .optional()
    .transform((v) => v || null),
});

export const importCommitSchema = z.object({
  organizationId: id,
  csv: z.string().min(1, "Upload the file again").max(2_000_000, "The file is larger than 2 MB"),
  defaultCohortId: z
    .string()
    .max(40)
    .optional()
    .transform((v) => v || null),
  existingMembers: z.enum(["skip", "reinvite"]),
});

const consent = z.literal("on", { message: "Tick the box to agree before joining" }).optional();

export const acceptInvitationSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This invitation link is not valid"),
  consent,
});
export const invitationSignUpSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This invitation link is not valid"),
  name: z.string().trim().min(1, "Enter your name").max(100, "Use at most 100 characters"),
  password: newPasswordSchema,
});
export const joinCodeEntrySchema = z.object({
  code: z.string().trim().min(4, "Enter the join code").max(20, "That code is too long"),
  consent,
});
export const leaveCohortSchema = z.object({ cohortId: id, confirm: confirmTick });

export const noteSchema = z.object({
  learnerId: id,
  body: z.string().trim().min(1, "Write a note").max(4000, "Use at most 4,000 characters"),
  visibility: z.enum(["SHARED", "STAFF"], { message: "Choose who can see the note" }),
  confirmPhi: z.literal("on").optional(),
});

export const placementSchema = z.object({
  employer: z.string().trim().min(1, "Enter the employer").max(200),
  title: z.string().trim().min(1, "Enter the job title").max(200),
  startDate: programDate("the start date"),
  inField: z.enum(["yes", "no"], { message: "Say whether the job is in coding or billing" }).transform((v) => v === "yes"),
  salaryUsd: salary("the yearly salary", 1_000),
  shareSalary: z
    .literal("on")
    .optional()
    .transform((v) => v === "on"),
});

export const deletePlacementSchema = z.object({ placementId: id, confirm: confirmTick });
