// One zod schema per learner-journey form, shared by the form (names) and the action (authority).
import { z } from "zod";
import { PERSONAS } from "@/lib/domain/types";
import { addDays, fromUtcDate } from "@/lib/domain/dates";
import { TRAINING_ROUTES } from "@/lib/content/training-routes";
import {
  checkbox,
  decimal,
  id,
  isoDate,
  optional,
  optionalDate,
  optionalText,
  optionalWholeNumber,
  orNull,
  recordVersion,
  triState,
  wholeNumber,
} from "@/lib/domain/form-fields";
import { US_STATES } from "@/lib/content/us-states";

const routeCodes = TRAINING_ROUTES.map((r) => r.code) as [string, ...string[]];
export const routeCode = z.enum(routeCodes as [(typeof TRAINING_ROUTES)[number]["code"], ...(typeof TRAINING_ROUTES)[number]["code"][]], {
  error: "Choose a training route.",
});
const credentialCode = z.string({ error: "Choose a credential." }).regex(/^[A-Z][A-Z-]{1,11}$/, "Choose a credential.");

/** Plans start at most a year back (already underway) and at most two years ahead. */
function withinPlanningWindow(iso: string): boolean {
  const today = fromUtcDate(new Date());
  return iso >= addDays(today, -366) && iso <= addDays(today, 2 * 366);
}

export const WORK_MODES = ["REMOTE", "HYBRID", "ON_SITE"] as const;

export const onboardingSchema = z.discriminatedUnion(
  "step",
  [
    z.object({ step: z.literal("1"), persona: z.enum(PERSONAS, { error: "Choose the description closest to you." }) }),
    z.object({
      step: z.literal("2"),
      usState: z.enum(US_STATES.map((s) => s.code) as [string, ...string[]], { error: "Choose your state." }),
    }),
    z.object({ step: z.literal("3"), weeklyHours: wholeNumber("weekly study hours", 1, 80) }),
    z.object({ step: z.literal("4"), budgetUsd: wholeNumber("your budget in dollars", 0, 100_000) }),
    z.object({
      step: z.literal("5"),
      startDate: isoDate("a start date").refine(withinPlanningWindow, "Choose a start date within the past year or the next two years."),
    }),
    z.object({ step: z.literal("6"), workMode: z.enum(WORK_MODES, { error: "Choose remote, hybrid or on-site." }) }),
  ],
  { error: "Unknown onboarding step." },
);

export const choosePathSchema = z.object({
  path: z.enum(["CODING", "BILLING"], { error: "Choose coding or billing." }),
  credentialCode,
  routeCode,
});

export const shortlistSchema = z.object({
  name: z
    .string({ error: "Enter the program's name." })
    .trim()
    .min(2, "Enter the program's name.")
    .max(120, "Keep the name under 120 characters."),
  url: orNull(optional(z.url({ protocol: /^https?$/, error: "Enter a web address starting with https://" }).max(500))),
  routeCode: orNull(optional(routeCode)),
  accreditation: orNull(optionalText(200, "the accreditation")),
  instructorCredentials: orNull(optionalText(200, "the instructor credentials")),
  examPassRate: orNull(optionalWholeNumber("the exam pass rate", 0, 100)),
  placementRate: orNull(optionalWholeNumber("the placement rate", 0, 100)),
  externship: triState,
  placementHelp: triState,
  costUsd: orNull(optionalWholeNumber("the cost", 0, 200_000)),
  durationMonths: orNull(optionalWholeNumber("the duration in months", 1, 72)),
  notes: orNull(optionalText(1000, "notes")),
  confirmPhi: checkbox,
});
export const updateShortlistSchema = shortlistSchema.extend({
  id,
  version: recordVersion,
});
export const idSchema = z.object({ id });

export const generatePlanSchema = z.object({
  routeCode,
  startDate: isoDate("a start date").refine(withinPlanningWindow, "Choose a start date within the past year or the next two years."),
  weeklyHours: wholeNumber("weekly study hours", 1, 80),
});

export const milestoneStatusSchema = z.object({ id, status: z.enum(["OPEN", "DONE", "SKIPPED"], { error: "Unknown status." }) });
export const redateMilestoneSchema = z.object({ id, customDueDate: orNull(optionalDate("a new due date")) });

export const practiceExamSchema = z
  .object({
    takenOn: isoDate("the date you took it"),
    credentialCode,
    questions: wholeNumber("the number of questions", 1, 500),
    correct: wholeNumber("the number correct", 0, 500),
    minutes: wholeNumber("the minutes taken", 1, 1440),
  })
  .refine((v) => v.correct <= v.questions, { path: ["correct"], message: "Correct answers cannot exceed the number of questions." });

export const studySessionSchema = z.object({
  studiedOn: isoDate("the date"),
  minutes: wholeNumber("minutes", 1, 1440),
  topic: z
    .string({ error: "Enter what you studied." })
    .trim()
    .min(2, "Enter what you studied.")
    .max(120, "Keep the topic under 120 characters."),
});

export const scheduleExamSchema = z.object({ credentialCode, examDate: orNull(optionalDate("the exam date")) });
export const examAttemptSchema = z.object({
  credentialCode,
  takenOn: isoDate("the exam date"),
  result: z.enum(["PASSED", "FAILED"], { error: "Choose passed or failed." }),
  scorePercent: orNull(optionalWholeNumber("your score", 0, 100)),
});
export const apprenticeSchema = z.object({
  credentialCode,
  has80HourCourse: checkbox,
  practicodeCases: wholeNumber("Practicode cases", 0, 10_000),
  practicodeScore: orNull(optionalWholeNumber("the Practicode score", 0, 100)),
  removed: checkbox,
});
export const ceuSchema = z.object({
  body: z.enum(["AAPC", "AHIMA"], { error: "Choose AAPC or AHIMA." }),
  earnedOn: isoDate("the date"),
  ceus: decimal("the CEUs", 0.1, 60),
  title: z
    .string({ error: "Enter the course or event." })
    .trim()
    .min(2, "Enter the course or event.")
    .max(160, "Keep it under 160 characters."),
  provider: orNull(optionalText(120, "the provider")),
});
export const growthGoalSchema = z.object({
  goalKey: z.string().min(1).max(80),
  status: optional(z.enum(["OPEN", "DONE", "SKIPPED"], { error: "Unknown status." })),
  // Three states: absent leaves the date alone, blank clears it.
  targetDate: z.preprocess((v) => (v === undefined ? undefined : v === "" ? null : v), isoDate("a target date").nullable().optional()),
});

export const issueCalendarFeedSchema = z.object({});
export const revokeCalendarFeedSchema = z.object({ confirm: z.literal("on", { message: "Confirm to turn the calendar link off" }) });
