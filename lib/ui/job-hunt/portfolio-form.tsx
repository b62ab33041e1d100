"use client";
// Add a redacted exercise or case study; the PHI guard asks for confirmation before saving
// likely patient identifiers, and everything typed stays in the form.
import { useActionState } from "react";
import { createPortfolioItemAction } from "@/lib/actions/job-hunt/create-portfolio-item";
import { deletePortfolioItemAction } from "@/lib/actions/job-hunt/delete-portfolio-item";
import { idle } from "@/lib/actions/idle";
import { FormMessage, SubmitButton, TextField } from "@/lib/ui/form-controls";
import { TextAreaField } from "@/lib/ui/forms/controls";
import { ActionButton } from "@/lib/ui/forms/action-button";
import { PhiConfirm, SuccessMessage } from "./controls";

export function PortfolioForm() {
  const [state, action] = useActionState(createPortfolioItemAction, idle);
  return (
    <form action={action} className="space-y-3" key={state.status === "ok" ? state.data.id : "new"} noValidate>
      <FormMessage state={state} />
      {state.status === "ok" && <SuccessMessage>Added to your portfolio.</SuccessMessage>}
      <TextField name="title" label="Title" state={state} required />
      <TextField name="description" label="Short description" state={state} />
      <TextAreaField
        name="body"
        label="Exercise or case study (redacted)"
        rows={8}
        state={state}
        hint="Use invented or fully redacted details: no names, dates of birth, record or account numbers."
      />
      <PhiConfirm state={state} />
      <SubmitButton>Add to portfolio</SubmitButton>
    </form>
  );
}

export function DeletePortfolioItem({ id, title }: { id: string; title: string }) {
  return (
    <span className="no-print">
      <ActionButton
        action={deletePortfolioItemAction}
        fields={{ id }}
        label="Delete"
        context={title}
        confirm={{ title: `Delete “${title}”?`, description: "The item leaves your portfolio. This cannot be undone." }}
      />
    </span>
  );
}
