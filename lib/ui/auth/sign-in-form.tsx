"use client";
import Link from "next/link";
import { useActionState } from "react";
import { signInAction } from "@/lib/actions/auth/sign-in";
import { idle } from "@/lib/actions/idle";
import { FormMessage, SubmitButton, TextField } from "@/lib/ui/form-controls";

export function SignInForm({ email, callbackUrl }: { email?: string; callbackUrl?: string }) {
  const [state, action] = useActionState(signInAction, idle);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <TextField state={state} name="email" label="Email" type="email" autoComplete="email" required defaultValue={email} />
      <TextField state={state} name="password" label="Password" type="password" autoComplete="current-password" required />
      <SubmitButton className="w-full" pendingLabel="Signing in…">
        Sign in
      </SubmitButton>
      <p className="text-sm">
        <Link className="text-brand-700 underline" href="/forgot-password">
          Forgot your password?
        </Link>
      </p>
    </form>
  );
}
