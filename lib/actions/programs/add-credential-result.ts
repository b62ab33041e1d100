"use server";
// Staff record a credentialing exam result from a score report or the credentialing body's confirmation.
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { addCredentialResultSchema } from "@/lib/actions/programs/enrollment-schemas";
import { addCredentialResult } from "@/lib/data/programs/outcome-evidence";

export const addCredentialResultAction = userAction(
  { name: "addCredentialResultAction", schema: addCredentialResultSchema, permission: "manage:enrollment:org" },
  async ({ enrollmentId, result, ...input }, user) => {
    await addCredentialResult(user, enrollmentId, { ...input, passed: result === "PASSED" });
    revalidatePath("/programs", "layout");
    return { saved: true };
  },
);
