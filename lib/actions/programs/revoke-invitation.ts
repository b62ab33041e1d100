"use server";
// Revokes a pending invitation (after a confirmation tick), so its link stops working.
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { revokeInvitationSchema } from "@/lib/actions/programs/schemas";
import { revokeInvitation } from "@/lib/data/programs/invitation-admin";

export const revokeInvitationAction = userAction(
  { name: "revokeInvitationAction", schema: revokeInvitationSchema, permission: "manage:invitation:org" },
  async ({ invitationId }, user) => {
    const { organizationId, email } = await revokeInvitation(user, invitationId);
    revalidatePath(`/programs/${organizationId}`, "layout");
    return { email };
  },
);
