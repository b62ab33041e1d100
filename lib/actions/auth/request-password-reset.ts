"use server";
// Asks for a reset link. The answer is the same whether or not the address has an account.
import { headers } from "next/headers";
import { publicAction } from "@/lib/actions/action";
import { forgotPasswordSchema } from "@/lib/actions/auth/schemas";
import { clientIp } from "@/lib/auth/client-ip";
import { requestPasswordReset } from "@/lib/data/accounts";

export const requestPasswordResetAction = publicAction(
  { name: "requestPasswordResetAction", schema: forgotPasswordSchema },
  async ({ email }) => {
    await requestPasswordReset(email, clientIp(await headers()));
    return { email };
  },
);
