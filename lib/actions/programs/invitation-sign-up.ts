"use server";
// Creates an account from an invitation link (the invited address is already confirmed).
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/action";
import { invitationSignUpSchema } from "@/lib/actions/programs/schemas";
import { createAccountFromInvitation } from "@/lib/data/programs/invitations";
import { hashPassword } from "@/lib/auth/password";

export const invitationSignUpAction = publicAction(
  { name: "invitationSignUpAction", schema: invitationSignUpSchema },
  async ({ token, name, password }) => {
    const { email } = await createAccountFromInvitation(token, { name, passwordHash: await hashPassword(password) });
    redirect(`/sign-in?confirmed=1&email=${encodeURIComponent(email)}&callbackUrl=${encodeURIComponent(`/invite?token=${token}`)}`);
  },
);
