"use server";
// Edits a cohort's name and dates.
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { updateCohortSchema } from "@/lib/actions/programs/schemas";
import { updateCohort } from "@/lib/data/programs/cohorts";

export const updateCohortAction = userAction(
  { name: "updateCohortAction", schema: updateCohortSchema, permission: "manage:cohort:org" },
  async ({ cohortId, ...input }, user) => {
    await updateCohort(user, cohortId, input);
    revalidatePath("/programs", "layout");
    return { saved: true };
  },
);
