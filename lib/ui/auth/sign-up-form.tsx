"use client";
import { useActionState } from "react";
import { signUpAction } from "@/lib/actions/auth/sign-up";
import { idle } from "@/lib/actions/idle";
import { FormMessage, SubmitButton, TextField } from "@/lib/ui/form-controls";
import { ResendSignUp } from "@/lib/ui/auth/resend-sign-up";

export function SignUpForm() {
  const [state, action] = useActionState(signUpAction, idle);
  if (state.status === "ok") {
    return (
      <div className="space-y-4">
        <div role="status" className="space-y-2">
          <h2 className="text-lg font-semibold">Check your email</h2>
          <p>
            We sent a link to <strong>{state.data.email}</strong>. Open it to finish creating your account. The link expires in 24 hours.
          </p>
        </div>
        <ResendSignUp email={state.data.email} />
      </div>
    );
  }
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <TextField state={state} name="name" label="Your name" autoComplete="name" required maxLength={100} />
      <TextField state={state} name="email" label="Email" type="email" autoComplete="email" required />
      <TextField
        state={state}
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 8 characters. Long passphrases are welcome."
      />
      <SubmitButton className="w-full" pendingLabel="Creating account…">
        Create account
      </SubmitButton>
    </form>
  );
}
