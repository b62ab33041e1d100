"use server";
// Bulk onboarding: preview a roster CSV, then commit it (re-validated) in one transaction.
import { revalidatePath } from "next/cache";
import { userAction, type ActionState } from "@/lib/actions/action";
import { CSV_FORM_BUDGET } from "@/lib/actions/form-input";
import { importCommitSchema, importPreviewSchema } from "@/lib/actions/programs/schemas";
import { commitLearnerImport, previewLearnerImport } from "@/lib/data/programs/learner-import";
import type { ImportPreview, ImportResult } from "@/lib/actions/programs/schemas";

const preview = userAction(importPreviewSchema, async ({ organizationId, file, defaultCohortId }, user): Promise<ImportPreview> => {
  const csv = await file.text();
  const result = await previewLearnerImport(user, organizationId, csv, defaultCohortId);
  return { ...result, csv, defaultCohortId };
});

const commit = userAction(
  importCommitSchema,
  async ({ organizationId, csv, defaultCohortId, existingMembers }, user) => {
    const totals = await commitLearnerImport(user, organizationId, csv, defaultCohortId, existingMembers);
    revalidatePath(`/programs/${organizationId}`, "layout");
    return totals;
  },
  CSV_FORM_BUDGET,
); // the previewed file comes back as one hidden text field

export async function previewLearnerImportAction(prev: ActionState<ImportPreview>, formData: FormData) {
  return preview(prev, formData);
}
export async function commitLearnerImportAction(prev: ActionState<ImportResult>, formData: FormData) {
  return commit(prev, formData);
}
