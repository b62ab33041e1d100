"use server";
// Removes a contact from an application.
import { revalidatePath } from "next/cache";
import { userAction, type ActionState } from "@/lib/actions/action";
import { removeContactSchema } from "@/lib/actions/job-hunt/schemas";
import { removeContact } from "@/lib/data/job-hunt/contacts";

const handler = userAction(removeContactSchema, async ({ applicationId, contactId }, user) => {
  await removeContact(user, applicationId, contactId);
  revalidatePath(`/learner/applications/${applicationId}`);
  return { removed: contactId };
});

export async function removeContactAction(prev: ActionState<{ removed: string }>, formData: FormData) {
  return handler(prev, formData);
}
