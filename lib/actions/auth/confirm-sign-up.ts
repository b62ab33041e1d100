"use server";
// Sign-up, step 2: the confirmation link sets the password and creates the account.
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/action";
import { confirmSignUpSchema } from "@/lib/actions/auth/schemas";
import { confirmSignUp } from "@/lib/data/accounts";

export const confirmSignUpAction = publicAction(
  { name: "confirmSignUpAction", schema: confirmSignUpSchema },
  async ({ token, password }) => {
    const { email } = await confirmSignUp(token, password);
    redirect(`/sign-in?confirmed=1&email=${encodeURIComponent(email)}`);
  },
);
