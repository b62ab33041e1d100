"use server";
// Adds a recruiter/interviewer contact to an application.
import { revalidatePath } from "next/cache";
import { userAction, type ActionState } from "@/lib/actions/action";
import { contactSchema } from "@/lib/actions/job-hunt/schemas";
import { addContact } from "@/lib/data/job-hunt/contacts";

const handler = userAction(contactSchema, async ({ applicationId, ...contact }, user) => {
  const created = await addContact(user, applicationId, contact);
  revalidatePath(`/learner/applications/${applicationId}`);
  return created;
});

export async function addContactAction(prev: ActionState<{ id: string }>, formData: FormData) {
  return handler(prev, formData);
}
