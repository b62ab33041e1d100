"use server";
// Archives a cohort (its join code stops working) or restores it.
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { archiveSchema } from "@/lib/actions/programs/schemas";
import { setCohortArchived } from "@/lib/data/programs/cohorts";

export const archiveCohortAction = userAction(
  { name: "archiveCohortAction", schema: archiveSchema, permission: "manage:cohort:org" },
  async ({ cohortId, archived }, user) => {
    await setCohortArchived(user, cohortId, archived);
    revalidatePath("/programs", "layout");
    return { archived };
  },
);
