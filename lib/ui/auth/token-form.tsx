"use client";
// Confirms a sign-up link with a POST (links in emails never change state on GET), with the
// password chosen at sign-up: a link alone cannot create an account someone else started.
import { useActionState } from "react";
import { confirmSignUpAction } from "@/lib/actions/auth/confirm-sign-up";
import { idle } from "@/lib/actions/idle";
import { FormMessage, SubmitButton, TextField } from "@/lib/ui/form-controls";

export function ConfirmSignUpForm({ token }: { token: string }) {
  const [state, action] = useActionState(confirmSignUpAction, idle);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <TextField
        state={state}
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        hint="The password you chose when you signed up."
      />
      <SubmitButton className="w-full" pendingLabel="Creating your account…">
        Confirm and create my account
      </SubmitButton>
    </form>
  );
}
