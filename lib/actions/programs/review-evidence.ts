"use server";
// Staff verify or dispute an outcome record or exam result (disputed ones leave the figures).
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { reviewEvidenceSchema } from "@/lib/actions/programs/enrollment-schemas";
import { reviewEvidence } from "@/lib/data/programs/outcome-evidence";

export const reviewEvidenceAction = userAction(
  { name: "reviewEvidenceAction", schema: reviewEvidenceSchema, permission: "manage:enrollment:org" },
  async ({ type, recordId, decision, note }, user) => {
    await reviewEvidence(user, { type, id: recordId, decision, note });
    revalidatePath("/programs", "layout");
    return { saved: true };
  },
);
