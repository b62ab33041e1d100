"use server";
// Creates a program (organization); its creator becomes its first admin.
import { redirect } from "next/navigation";
import { userAction } from "@/lib/actions/action";
import { organizationSchema } from "@/lib/actions/programs/schemas";
import { createOrganization } from "@/lib/data/programs/organizations";

export const createOrganizationAction = userAction(
  { name: "createOrganizationAction", schema: organizationSchema, permission: "create:organization:any" },
  async (input, user) => {
    const org = await createOrganization(user, input);
    redirect(`/programs/${org.id}`);
  },
);
