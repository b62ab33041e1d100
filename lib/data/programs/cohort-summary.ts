// One cohort row as staff lists show it (program home, organization overview): the columns and
// the active-learner count are chosen once so both lists show the same figures.
import type { Prisma } from "@/lib/generated/prisma/client";

/** A cohort's own columns, as every staff page reads them. */
export const COHORT_FIELDS = {
  id: true,
  name: true,
  path: true,
  credentialCode: true,
  startDate: true,
  endDate: true,
  targetExamDate: true,
  joinCode: true,
  joinCodeEnabled: true,
  archivedAt: true,
} as const satisfies Prisma.CohortSelect;

export const COHORT_SUMMARY_SELECT = {
  ...COHORT_FIELDS,
  _count: { select: { learners: { where: { leftAt: null } }, advisors: true } },
} as const satisfies Prisma.CohortSelect;

export type CohortSummary = Prisma.CohortGetPayload<{ select: typeof COHORT_SUMMARY_SELECT }>;
