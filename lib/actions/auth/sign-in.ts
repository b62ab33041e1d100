"use server";
// Sign-in: the same message for an unknown email and a wrong password; a distinct one only
// when throttled (which also happens for unknown emails, so it reveals nothing).
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { publicAction, type ActionState } from "@/lib/actions/action";
import { signInFormSchema } from "@/lib/actions/auth/schemas";
import { INVALID_CREDENTIALS, THROTTLED } from "@/lib/actions/auth/messages";
import { UserInputError } from "@/lib/data/errors";

const signInHandler = publicAction(signInFormSchema, async ({ email, password, callbackUrl }) => {
  try {
    await signIn("credentials", { email, password, redirectTo: callbackUrl ?? "/home" });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code;
      throw new UserInputError(code === "throttled" ? THROTTLED : INVALID_CREDENTIALS);
    }
    throw error;
  }
  return null;
});

export async function signInAction(prev: ActionState<null>, formData: FormData) {
  return signInHandler(prev, formData);
}
