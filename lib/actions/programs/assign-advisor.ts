"use server";
// Assigns an advisor of the organization to a cohort, or unassigns them.
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { advisorAssignmentSchema } from "@/lib/actions/programs/schemas";
import { setAdvisorAssignment } from "@/lib/data/programs/cohorts";

export const assignAdvisorAction = userAction(
  { name: "assignAdvisorAction", schema: advisorAssignmentSchema, permission: "manage:cohort:org" },
  async ({ cohortId, advisorUserId, assigned }, user) => {
    await setAdvisorAssignment(user, cohortId, advisorUserId, assigned);
    revalidatePath("/programs", "layout");
    return { assigned };
  },
);
