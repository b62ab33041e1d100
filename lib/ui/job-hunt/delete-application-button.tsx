"use client";
// Delete behind a confirmation dialog (no accidental loss of history); the action redirects to
// the list afterwards.
import { deleteApplicationAction } from "@/lib/actions/job-hunt/delete-application";
import { ActionButton } from "@/lib/ui/forms/action-button";

export function DeleteApplicationButton({ id }: { id: string }) {
  return (
    <ActionButton
      action={deleteApplicationAction}
      fields={{ id }}
      label="Delete application"
      variant="destructive"
      confirm={{
        title: "Delete this application?",
        description: "Its stage history, contacts and follow-ups are deleted with it. This cannot be undone.",
      }}
    />
  );
}
