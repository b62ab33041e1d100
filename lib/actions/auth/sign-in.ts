"use server";
// Sign-in: the same message for an unknown email and a wrong password; a distinct one only
// when throttled (which also happens for unknown emails, so it reveals nothing).
import { AuthError } from "next-auth";
import { signIn } from "@/lib/actions/auth/auth-js";
import { publicAction } from "@/lib/actions/action";
import { signInFormSchema } from "@/lib/actions/auth/schemas";
import { INVALID_CREDENTIALS, THROTTLED } from "@/lib/actions/auth/messages";
import { UserInputError } from "@/lib/data/errors";
import { cookies } from "next/headers";
import { VISITOR_COOKIE, visitorCookieOptions } from "@/lib/actions/learner/visitor-cookie";

export const signInAction = publicAction({ name: "signInAction", schema: signInFormSchema }, async ({ email, password, callbackUrl }) => {
  try {
    await signIn("credentials", { email, password, redirectTo: callbackUrl ?? "/home" });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code;
      throw new UserInputError(code === "throttled" ? THROTTLED : INVALID_CREDENTIALS);
    }
    // Success arrives as Next's redirect signal. A quiz taken in this browser was claimed in
    // `authorize`; forgetting the visitor id stops the next person who signs in on a shared
    // computer from claiming quizzes taken here afterwards.
    if (String((error as { digest?: unknown }).digest ?? "").startsWith("NEXT_REDIRECT")) {
      (await cookies()).set(VISITOR_COOKIE, "", { ...visitorCookieOptions(), maxAge: 0 });
    }
    throw error;
  }
  return null;
});
