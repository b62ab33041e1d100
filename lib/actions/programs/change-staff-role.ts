"use server";
// Changes a staff member's role (the last admin cannot be demoted).
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { changeRoleSchema } from "@/lib/actions/programs/schemas";
import { changeStaffRole } from "@/lib/data/programs/staff";

export const changeStaffRoleAction = userAction(
  { name: "changeStaffRoleAction", schema: changeRoleSchema, permission: "manage:staff:org" },
  async ({ organizationId, membershipId, role }, user) => {
    await changeStaffRole(user, organizationId, membershipId, role);
    revalidatePath(`/programs/${organizationId}`);
    return { saved: true };
  },
);
