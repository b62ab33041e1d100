"use server";
// Removes a contact from an application.
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { removeContactSchema } from "@/lib/actions/job-hunt/schemas";
import { removeContact } from "@/lib/data/job-hunt/contacts";

export const removeContactAction = userAction(
  { name: "removeContactAction", schema: removeContactSchema, permission: "update:application:own" },
  async ({ applicationId, contactId }, user) => {
    await removeContact(user, applicationId, contactId);
    revalidatePath(`/learner/applications/${applicationId}`);
    return { removed: contactId };
  },
);
