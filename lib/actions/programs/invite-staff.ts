"use server";
// Invites an admin or advisor to the organization by email.
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { inviteStaffSchema } from "@/lib/actions/programs/schemas";
import { inviteStaff } from "@/lib/data/programs/staff";

export const inviteStaffAction = userAction(
  { name: "inviteStaffAction", schema: inviteStaffSchema, permission: "manage:staff:org" },
  async ({ organizationId, email, role }, user) => {
    await inviteStaff(user, organizationId, { email, role });
    revalidatePath(`/programs/${organizationId}`);
    return { email };
  },
);
