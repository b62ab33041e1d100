// Recruiter/interviewer contacts of an application. The application must belong to the
// actor; contacts have no userId of their own, so ownership is checked through it.
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { touchActivity } from "@/lib/data/activity";
import { NotFoundError } from "@/lib/data/errors";
import type { ContactRole } from "@/lib/domain/application-fields";
import { assertCan } from "@/lib/data/access";

export interface ContactInput {
  name: string;
  role: ContactRole;
  email?: string;
  phone?: string;
}

export async function addContact(actor: CurrentUser, applicationId: string, input: ContactInput) {
  assertCan(actor, "update:application:own");
  const owned = await db.jobApplication.findFirst({ where: { id: applicationId, userId: actor.id }, select: { id: true } });
  if (!owned) throw new NotFoundError("That application was not found.");
  const contact = await db.applicationContact.create({
    data: { applicationId, name: input.name, role: input.role, email: input.email ?? null, phone: input.phone ?? null },
    select: { id: true },
  });
  await touchActivity(actor.id);
  return contact;
}

export async function removeContact(actor: CurrentUser, applicationId: string, contactId: string) {
  assertCan(actor, "update:application:own");
  const { count } = await db.applicationContact.deleteMany({ where: { id: contactId, applicationId, application: { userId: actor.id } } });
  if (count === 0) throw new NotFoundError("That contact was not found.");
  await touchActivity(actor.id);
}
