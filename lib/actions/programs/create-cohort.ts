"use server";
// Creates a cohort in an organization the admin runs, then opens it.
import { redirect } from "next/navigation";
import { userAction } from "@/lib/actions/action";
import { createCohortSchema } from "@/lib/actions/programs/schemas";
import { createCohort } from "@/lib/data/programs/cohorts";

export const createCohortAction = userAction(
  { name: "createCohortAction", schema: createCohortSchema, permission: "manage:cohort:org" },
  async ({ organizationId, ...input }, user) => {
    const cohort = await createCohort(user, organizationId, input);
    redirect(`/programs/${organizationId}/cohorts/${cohort.id}`);
  },
);
