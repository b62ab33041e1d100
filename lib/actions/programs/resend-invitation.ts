"use server";
// Sends a pending invitation again (within the program's mail quotas).
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { resendInvitationSchema } from "@/lib/actions/programs/schemas";
import { resendInvitation } from "@/lib/data/programs/invitation-admin";

export const resendInvitationAction = userAction(
  { name: "resendInvitationAction", schema: resendInvitationSchema, permission: "manage:invitation:org" },
  async ({ invitationId }, user) => {
    const { organizationId, email } = await resendInvitation(user, invitationId);
    revalidatePath(`/programs/${organizationId}`, "layout");
    return { email };
  },
);
