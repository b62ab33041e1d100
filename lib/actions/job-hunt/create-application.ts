"use server";
// Creates an application and opens it.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { userAction, type ActionState } from "@/lib/actions/action";
import { createApplicationSchema } from "@/lib/actions/job-hunt/schemas";
import { createApplication } from "@/lib/data/job-hunt/applications";

const handler = userAction(createApplicationSchema, async ({ confirmPhi, ...fields }, user) => {
  const { id } = await createApplication(user, fields, { confirmPhi });
  revalidatePath("/learner/applications");
  redirect(`/learner/applications/${id}?saved=created`);
});

export async function createApplicationAction(prev: ActionState<never>, formData: FormData) {
  return handler(prev, formData);
}
