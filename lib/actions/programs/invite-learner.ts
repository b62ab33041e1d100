"use server";
// Invites one learner to a cohort by email.
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { inviteLearnerSchema } from "@/lib/actions/programs/schemas";
import { inviteLearner } from "@/lib/data/programs/learner-import";

export const inviteLearnerAction = userAction(
  { name: "inviteLearnerAction", schema: inviteLearnerSchema, permission: "invite:learner:org" },
  async ({ cohortId, email, firstName }, user) => {
    await inviteLearner(user, cohortId, { email, firstName });
    revalidatePath("/programs", "layout");
    return { email };
  },
);
