"use client";
import { useActionState } from "react";
import { requestPasswordResetAction } from "@/lib/actions/auth/request-password-reset";
import { resetPasswordAction } from "@/lib/actions/auth/reset-password";
import { idle } from "@/lib/actions/idle";
import { FormMessage, SubmitButton, TextField } from "@/lib/ui/form-controls";

export function ForgotPasswordForm() {
  const [state, action] = useActionState(requestPasswordResetAction, idle);
  if (state.status === "ok") {
    return (
      <p role="status">
        If an account exists for <strong>{state.data.email}</strong>, we sent it a link to reset the password. The link expires in 1 hour.
      </p>
    );
  }
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <TextField state={state} name="email" label="Email" type="email" autoComplete="email" required />
      <SubmitButton className="w-full" pendingLabel="Sending…">
        Email me a reset link
      </SubmitButton>
    </form>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action] = useActionState(resetPasswordAction, idle);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <TextField
        state={state}
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 8 characters."
      />
      <SubmitButton className="w-full" pendingLabel="Saving…">
        Set new password
      </SubmitButton>
    </form>
  );
}
