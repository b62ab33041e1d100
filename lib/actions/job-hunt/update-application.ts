"use server";
// Saves an edit if nobody saved since the form was opened; otherwise returns a conflict with
// the saved values so the form shows both versions (see lib/data/job-hunt/applications.ts).
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { updateApplicationSchema } from "@/lib/actions/job-hunt/schemas";
import { updateApplication } from "@/lib/data/job-hunt/applications";

export const updateApplicationAction = userAction(
  { name: "updateApplicationAction", schema: updateApplicationSchema, permission: "update:application:own" },
  async ({ id, version, confirmPhi, ...fields }, user) => {
    const saved = await updateApplication(user, id, version, fields, confirmPhi);
    revalidatePath("/learner/applications");
    revalidatePath(`/learner/applications/${id}`);
    return saved;
  },
);
