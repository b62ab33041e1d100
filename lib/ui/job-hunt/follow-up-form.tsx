"use client";
// Set or clear the follow-up date of an application.
import { useActionState } from "react";
import { setFollowUpAction } from "@/lib/actions/job-hunt/set-follow-up";
import { idle } from "@/lib/actions/idle";
import { FormMessage, SubmitButton, TextField } from "@/lib/ui/form-controls";
import { SuccessMessage } from "./controls";

export function FollowUpForm({ id, followUpOn }: { id: string; followUpOn: string }) {
  const [state, action] = useActionState(setFollowUpAction, idle);
  return (
    <form action={action} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="id" value={id} />
      <FormMessage state={state} />
      <TextField
        id="follow-up-date"
        name="followUpOn"
        label="Follow up on"
        type="date"
        state={state}
        defaultValue={state.status === "ok" ? (state.data.followUpOn ?? "") : followUpOn}
        hint="Empty clears it."
      />
      <SubmitButton variant="secondary" size="sm">
        Set follow-up
      </SubmitButton>
      {state.status === "ok" && (
        <SuccessMessage>{state.data.followUpOn ? `Follow-up set for ${state.data.followUpOn}.` : "Follow-up cleared."}</SuccessMessage>
      )}
    </form>
  );
}
