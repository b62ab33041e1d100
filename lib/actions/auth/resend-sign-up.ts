"use server";
// "Send the link again" after sign-up. The answer is the same whether or not the address has
// an account or a sign-up waiting; only the shared mail limit can refuse it.
import { headers } from "next/headers";
import { publicAction } from "@/lib/actions/action";
import { resendSignUpSchema } from "@/lib/actions/auth/schemas";
import { clientIp } from "@/lib/auth/client-ip";
import { resendSignUp } from "@/lib/data/accounts";
import { SIGN_UP_RESEND_LIMIT } from "@/lib/email/mail-quota";

export const resendSignUpAction = publicAction({ name: "resendSignUpAction", schema: resendSignUpSchema }, async ({ email }) => {
  const outcome = await resendSignUp(email, clientIp(await headers()));
  return { email, outcome, perHour: SIGN_UP_RESEND_LIMIT.max, at: Date.now() };
});
