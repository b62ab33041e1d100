"use server";
// Sets a new password from a single-use reset link.
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/action";
import { resetPasswordSchema } from "@/lib/actions/auth/schemas";
import { resetPassword } from "@/lib/data/accounts";

export const resetPasswordAction = publicAction(
  { name: "resetPasswordAction", schema: resetPasswordSchema },
  async ({ token, password }) => {
    await resetPassword(token, password);
    redirect("/sign-in?reset=1");
  },
);
