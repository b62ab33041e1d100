"use server";
// Sign-up, step 1: sends a confirmation link; the answer does not say whether the address is taken.
import { headers } from "next/headers";
import { publicAction } from "@/lib/actions/action";
import { signUpFormSchema } from "@/lib/actions/auth/schemas";
import { clientIp } from "@/lib/auth/client-ip";
import { requestSignUp } from "@/lib/data/accounts";

export const signUpAction = publicAction({ name: "signUpAction", schema: signUpFormSchema }, async (input) => {
  await requestSignUp(input, clientIp(await headers()));
  return { email: input.email };
});
