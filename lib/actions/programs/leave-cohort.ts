"use server";
// A learner leaves a cohort: its staff lose access to their data from now on.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { userAction } from "@/lib/actions/action";
import { leaveCohortSchema } from "@/lib/actions/programs/schemas";
import { leaveCohort } from "@/lib/data/programs/invitations";

export const leaveCohortAction = userAction(
  { name: "leaveCohortAction", schema: leaveCohortSchema, permission: "leave:cohort:own" },
  async ({ cohortId }, user) => {
    await leaveCohort(user, cohortId);
    revalidatePath("/learner", "layout");
    redirect("/learner/privacy?left=1");
  },
);
