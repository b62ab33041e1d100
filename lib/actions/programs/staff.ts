"use server";
// Staff actions: invite an admin or advisor, change a role, remove someone.
import { revalidatePath } from "next/cache";
import { userAction, type ActionState } from "@/lib/actions/action";
import { changeRoleSchema, inviteStaffSchema, removeStaffSchema } from "@/lib/actions/programs/schemas";
import { changeStaffRole, inviteStaff, removeStaff } from "@/lib/data/programs/staff";

const invite = userAction(inviteStaffSchema, async ({ organizationId, email, role }, user) => {
  await inviteStaff(user, organizationId, { email, role });
  revalidatePath(`/programs/${organizationId}`);
  return { email };
});

const change = userAction(changeRoleSchema, async ({ organizationId, membershipId, role }, user) => {
  await changeStaffRole(user, organizationId, membershipId, role);
  revalidatePath(`/programs/${organizationId}`);
  return { saved: true };
});

const remove = userAction(removeStaffSchema, async ({ organizationId, membershipId }, user) => {
  await removeStaff(user, organizationId, membershipId);
  revalidatePath(`/programs/${organizationId}`);
  return { removed: true };
});

export async function inviteStaffAction(prev: ActionState<{ email: string }>, formData: FormData) {
  return invite(prev, formData);
}
export async function changeStaffRoleAction(prev: ActionState<{ saved: boolean }>, formData: FormData) {
  return change(prev, formData);
}
export async function removeStaffAction(prev: ActionState<{ removed: boolean }>, formData: FormData) {
  return remove(prev, formData);
}
