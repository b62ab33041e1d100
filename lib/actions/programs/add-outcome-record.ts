"use server";
// Staff record a graduate's outcome from evidence they saw (a document, an employer's confirmation).
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { addOutcomeSchema } from "@/lib/actions/programs/enrollment-schemas";
import { addOutcomeRecord } from "@/lib/data/programs/outcome-evidence";

export const addOutcomeRecordAction = userAction(
  { name: "addOutcomeRecordAction", schema: addOutcomeSchema, permission: "manage:enrollment:org" },
  async ({ enrollmentId, ...input }, user) => {
    await addOutcomeRecord(user, enrollmentId, input);
    revalidatePath("/programs", "layout");
    return { saved: true };
  },
);
