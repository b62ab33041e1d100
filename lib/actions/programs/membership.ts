"use server";
// A person's own program memberships: accept an invitation, join with a code, leave a cohort.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { userAction, type ActionState } from "@/lib/actions/action";
import { acceptInvitationSchema, invitationSignUpSchema, joinCodeEntrySchema, leaveCohortSchema } from "@/lib/actions/programs/schemas";
import { acceptInvitation, createAccountFromInvitation, joinWithCode, leaveCohort } from "@/lib/data/programs/invitations";
import { publicAction } from "@/lib/actions/action";
import { hashPassword } from "@/lib/auth/password";

const accept = userAction(acceptInvitationSchema, async ({ token, consent }, user) => {
  const { role } = await acceptInvitation(user, token, consent === "on");
  redirect(role === "LEARNER" ? "/learner?joined=1" : role === "ADVISOR" ? "/advisor" : "/programs");
});

const join = userAction(joinCodeEntrySchema, async ({ code, consent }, user) => {
  await joinWithCode(user, code, consent === "on");
  redirect("/learner?joined=1");
});

const leave = userAction(leaveCohortSchema, async ({ cohortId }, user) => {
  await leaveCohort(user, cohortId);
  revalidatePath("/learner", "layout");
  redirect("/learner/privacy?left=1");
});

const signUp = publicAction(invitationSignUpSchema, async ({ token, name, password }) => {
  const { email } = await createAccountFromInvitation(token, { name, passwordHash: await hashPassword(password) });
  redirect(`/sign-in?confirmed=1&email=${encodeURIComponent(email)}&callbackUrl=${encodeURIComponent(`/invite?token=${token}`)}`);
});

export async function invitationSignUpAction(prev: ActionState<never>, formData: FormData) {
  return signUp(prev, formData);
}

export async function acceptInvitationAction(prev: ActionState<never>, formData: FormData) {
  return accept(prev, formData);
}
export async function joinWithCodeAction(prev: ActionState<never>, formData: FormData) {
  return join(prev, formData);
}
export async function leaveCohortAction(prev: ActionState<never>, formData: FormData) {
  return leave(prev, formData);
}
