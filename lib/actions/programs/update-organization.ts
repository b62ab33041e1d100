"use server";
// Edits a program's name and details.
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { updateOrganizationSchema } from "@/lib/actions/programs/schemas";
import { updateOrganization } from "@/lib/data/programs/organizations";

export const updateOrganizationAction = userAction(
  { name: "updateOrganizationAction", schema: updateOrganizationSchema, permission: "update:organization:org" },
  async ({ organizationId, ...input }, user) => {
    await updateOrganization(user, organizationId, input);
    revalidatePath(`/programs/${organizationId}`);
    return { saved: true };
  },
);
