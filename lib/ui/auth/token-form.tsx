"use client";
// Confirms a sign-up link with a POST (links in emails never change state on GET).
import { useActionState } from "react";
import { confirmSignUpAction } from "@/lib/actions/auth/sign-up";
import { idle } from "@/lib/actions/idle";
import { FormMessage, SubmitButton } from "@/lib/ui/form-controls";

export function ConfirmSignUpForm({ token }: { token: string }) {
  const [state, action] = useActionState(confirmSignUpAction, idle);
  return (
    <form action={action} className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel="Creating your account…">Confirm and create my account</SubmitButton>
    </form>
  );
}
