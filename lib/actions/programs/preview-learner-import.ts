"use server";
// Bulk onboarding, step 1: checks a roster CSV and shows every row's problems; nothing is written.
import { userAction } from "@/lib/actions/action";
import { importPreviewSchema, type ImportPreview } from "@/lib/actions/programs/schemas";
import { previewLearnerImport } from "@/lib/data/programs/learner-import";

export const previewLearnerImportAction = userAction(
  { name: "previewLearnerImportAction", schema: importPreviewSchema, permission: "invite:learner:org" },
  async ({ organizationId, file, defaultCohortId }, user): Promise<ImportPreview> => {
    const csv = await file.text();
    const result = await previewLearnerImport(user, organizationId, csv, defaultCohortId);
    return { ...result, csv, defaultCohortId };
  },
);
