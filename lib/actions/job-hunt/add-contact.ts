"use server";
// Adds a recruiter/interviewer contact to an application.
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { contactSchema } from "@/lib/actions/job-hunt/schemas";
import { addContact } from "@/lib/data/job-hunt/contacts";

export const addContactAction = userAction(
  { name: "addContactAction", schema: contactSchema, permission: "update:application:own" },
  async ({ applicationId, ...contact }, user) => {
    const created = await addContact(user, applicationId, contact);
    revalidatePath(`/learner/applications/${applicationId}`);
    return created;
  },
);
