"use server";
// Bulk onboarding, step 2: re-validates the previewed CSV (it comes back as one hidden text
// field, hence the CSV budget) and commits it in one transaction.
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { CSV_FORM_BUDGET } from "@/lib/actions/form-input";
import { importCommitSchema } from "@/lib/actions/programs/schemas";
import { commitLearnerImport } from "@/lib/data/programs/learner-import";

export const commitLearnerImportAction = userAction(
  { name: "commitLearnerImportAction", schema: importCommitSchema, permission: "invite:learner:org", budget: CSV_FORM_BUDGET },
  async ({ organizationId, csv, defaultCohortId, existingMembers }, user) => {
    const totals = await commitLearnerImport(user, organizationId, csv, defaultCohortId, existingMembers);
    revalidatePath(`/programs/${organizationId}`, "layout");
    return totals;
  },
);
