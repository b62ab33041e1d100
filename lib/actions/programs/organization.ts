"use server";
// Program (organization) actions: create one (becoming its admin) and edit it.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { userAction, type ActionState } from "@/lib/actions/action";
import { organizationSchema, updateOrganizationSchema } from "@/lib/actions/programs/schemas";
import { createOrganization, updateOrganization } from "@/lib/data/programs/organizations";

const create = userAction(organizationSchema, async (input, user) => {
  const org = await createOrganization(user, input);
  redirect(`/programs/${org.id}`);
});

const update = userAction(updateOrganizationSchema, async ({ organizationId, ...input }, user) => {
  await updateOrganization(user, organizationId, input);
  revalidatePath(`/programs/${organizationId}`);
  return { saved: true };
});

export async function createOrganizationAction(prev: ActionState<never>, formData: FormData) {
  return create(prev, formData);
}

export async function updateOrganizationAction(prev: ActionState<{ saved: boolean }>, formData: FormData) {
  return update(prev, formData);
}
