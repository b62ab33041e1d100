"use server";
// Deletes an application with its history and contacts.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { userAction, type ActionState } from "@/lib/actions/action";
import { deleteByIdSchema } from "@/lib/actions/job-hunt/schemas";
import { deleteApplication } from "@/lib/data/job-hunt/applications";

const handler = userAction(deleteByIdSchema, async ({ id }, user) => {
  await deleteApplication(user, id);
  revalidatePath("/learner/applications");
  redirect("/learner/applications?deleted=1");
});

export async function deleteApplicationAction(prev: ActionState<never>, formData: FormData) {
  return handler(prev, formData);
}
