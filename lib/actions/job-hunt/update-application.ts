"use server";
// Saves an edit if nobody saved since the form was opened; otherwise returns a conflict with
// the saved values so the form shows both versions (see lib/data/job-hunt/applications.ts).
import { revalidatePath } from "next/cache";
import { userAction, type ActionState } from "@/lib/actions/action";
import { updateApplicationSchema } from "@/lib/actions/job-hunt/schemas";
import { updateApplication } from "@/lib/data/job-hunt/applications";

const handler = userAction(updateApplicationSchema, async ({ id, version, confirmPhi, ...fields }, user) => {
  const saved = await updateApplication(user, id, version, fields, confirmPhi);
  revalidatePath("/learner/applications");
  revalidatePath(`/learner/applications/${id}`);
  return saved;
});

export async function updateApplicationAction(prev: ActionState<{ id: string; version: number }>, formData: FormData) {
  return handler(prev, formData);
}
