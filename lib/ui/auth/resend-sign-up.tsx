"use client";
// The check-your-email screen's "Send the link again", with what happened beside it.
import { useActionState } from "react";
import { resendSignUpAction } from "@/lib/actions/auth/resend-sign-up";
import { idle } from "@/lib/actions/idle";
import { FormMessage, SubmitButton } from "@/lib/ui/form-controls";

export function ResendSignUp({ email }: { email: string }) {
  const [state, action] = useActionState(resendSignUpAction, idle);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="email" value={email} />
      <p className="text-sm text-slate-700">Nothing after a few minutes? Check your spam folder, or:</p>
      <SubmitButton variant="secondary" size="sm" pendingLabel="Sending…">
        Send the link again
      </SubmitButton>
      <div aria-live="polite" className="text-sm">
        {state.status === "ok" &&
          (state.data.outcome === "sent" ? (
            <p>We sent a new link to {state.data.email}. Either link works; the newest lasts 24 hours.</p>
          ) : (
            <p className="text-red-800">You have asked {state.data.perHour} times in the last hour. Wait a while before asking again.</p>
          ))}
      </div>
      <FormMessage state={state} />
    </form>
  );
}
