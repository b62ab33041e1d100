"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { publicAction, type ActionState } from "@/lib/actions/action";
import { confirmSignUpSchema, signUpFormSchema } from "@/lib/actions/auth/schemas";
import { clientIp } from "@/lib/auth/client-ip";
import { confirmSignUp, requestSignUp } from "@/lib/data/accounts";

const signUp = publicAction(signUpFormSchema, async (input) => {
  await requestSignUp(input, clientIp(await headers()));
  return { email: input.email };
});

const confirm = publicAction(confirmSignUpSchema, async ({ token, password }) => {
  const { email } = await confirmSignUp(token, password);
  redirect(`/sign-in?confirmed=1&email=${encodeURIComponent(email)}`);
});

export async function signUpAction(prev: ActionState<{ email: string }>, formData: FormData) {
  return signUp(prev, formData);
}

export async function confirmSignUpAction(prev: ActionState<never>, formData: FormData) {
  return confirm(prev, formData);
}
