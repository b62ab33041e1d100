"use server";
// Password change and sign-out. Both bump the session version, so every other session of
// the user (other browsers, a stolen cookie) stops working on its next request; sign-out's
// bump happens in Auth.js's signOut event (lib/actions/auth/auth-js.ts), shared with /api/auth/signout.
import { z } from "zod";
import { signIn, signOut } from "@/lib/actions/auth/auth-js";
import { publicAction, userAction, type ActionState } from "@/lib/actions/action";
import { changePasswordSchema } from "@/lib/actions/auth/schemas";
import { changePassword } from "@/lib/data/accounts";

const change = userAction(changePasswordSchema, async ({ currentPassword, newPassword }, user) => {
  await changePassword(user, currentPassword, newPassword);
  // Re-issue this browser's session with the new version; the others are now invalid.
  await signIn("credentials", { email: user.email, password: newPassword, redirectTo: "/account?changed=1" });
  return null;
});

const signOutHandler = publicAction(z.object({}), async () => {
  await signOut({ redirectTo: "/" });
  return null;
});

export async function changePasswordAction(prev: ActionState<null>, formData: FormData) {
  return change(prev, formData);
}

export async function signOutAction(prev: ActionState<null>, formData: FormData) {
  return signOutHandler(prev, formData);
}
