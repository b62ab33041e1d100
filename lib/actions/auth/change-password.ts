"use server";
// Password change. It bumps the session version, so every other session of the user (other
// browsers, a stolen cookie) stops working on its next request; this browser is re-issued one.
import { signIn } from "@/lib/actions/auth/auth-js";
import { userAction } from "@/lib/actions/action";
import { changePasswordSchema } from "@/lib/actions/auth/schemas";
import { changePassword } from "@/lib/data/accounts";

export const changePasswordAction = userAction(
  { name: "changePasswordAction", schema: changePasswordSchema, permission: "update:account:own" },
  async ({ currentPassword, newPassword }, user) => {
    await changePassword(user, currentPassword, newPassword);
    await signIn("credentials", { email: user.email, password: newPassword, redirectTo: "/account?changed=1" });
    return null;
  },
);
