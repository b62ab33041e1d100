"use server";
// A signed-in person accepts an invitation (learners give consent) and lands in their new area.
import { redirect } from "next/navigation";
import { userAction } from "@/lib/actions/action";
import { acceptInvitationSchema } from "@/lib/actions/programs/schemas";
import { acceptInvitation } from "@/lib/data/programs/invitations";

export const acceptInvitationAction = userAction(
  { name: "acceptInvitationAction", schema: acceptInvitationSchema, permission: "accept:invitation:own" },
  async ({ token, consent }, user) => {
    const { role } = await acceptInvitation(user, token, consent === "on");
    redirect(role === "LEARNER" ? "/learner?joined=1" : role === "ADVISOR" ? "/advisor" : "/programs");
  },
);
