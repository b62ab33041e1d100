"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { publicAction, type ActionState } from "@/lib/actions/action";
import { forgotPasswordSchema, resetPasswordSchema } from "@/lib/actions/auth/schemas";
import { clientIp } from "@/lib/auth/client-ip";
import { requestPasswordReset, resetPassword } from "@/lib/data/accounts";

const requestReset = publicAction(forgotPasswordSchema, async ({ email }) => {
  await requestPasswordReset(email, clientIp(await headers()));
  return { email };
});

const reset = publicAction(resetPasswordSchema, async ({ token, password }) => {
  await resetPassword(token, password);
  redirect("/sign-in?reset=1");
});

export async function requestPasswordResetAction(prev: ActionState<{ email: string }>, formData: FormData) {
  return requestReset(prev, formData);
}

export async function resetPasswordAction(prev: ActionState<never>, formData: FormData) {
  return reset(prev, formData);
}
