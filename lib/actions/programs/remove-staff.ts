"use server";
// Removes someone from the organization's staff (never the last admin).
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { removeStaffSchema } from "@/lib/actions/programs/schemas";
import { removeStaff } from "@/lib/data/programs/staff";

export const removeStaffAction = userAction(
  { name: "removeStaffAction", schema: removeStaffSchema, permission: "manage:staff:org" },
  async ({ organizationId, membershipId }, user) => {
    await removeStaff(user, organizationId, membershipId);
    revalidatePath(`/programs/${organizationId}`);
    return { removed: true };
  },
);
