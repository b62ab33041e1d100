"use server";
// Admin actions on a sent invitation: send it again, or revoke it (after a confirmation tick).
import { revalidatePath } from "next/cache";
import { userAction, type ActionState } from "@/lib/actions/action";
import { resendInvitationSchema, revokeInvitationSchema } from "@/lib/actions/programs/schemas";
import { resendInvitation, revokeInvitation } from "@/lib/data/programs/invitation-admin";

const resend = userAction(resendInvitationSchema, async ({ invitationId }, user) => {
  const { organizationId, email } = await resendInvitation(user, invitationId);
  revalidatePath(`/programs/${organizationId}`, "layout");
  return { email };
});

const revoke = userAction(revokeInvitationSchema, async ({ invitationId }, user) => {
  const { organizationId, email } = await revokeInvitation(user, invitationId);
  revalidatePath(`/programs/${organizationId}`, "layout");
  return { email };
});

export async function resendInvitationAction(prev: ActionState<{ email: string }>, formData: FormData) {
  return resend(prev, formData);
}
export async function revokeInvitationAction(prev: ActionState<{ email: string }>, formData: FormData) {
  return revoke(prev, formData);
}
