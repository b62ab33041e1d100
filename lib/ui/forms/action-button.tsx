"use client";
// A one-button form (mark done, skip, delete) with hidden fields; its error shows beside it.
// With `confirm` the button opens a ConfirmDialog and only its confirm button submits: for
// actions that cannot be undone. Without it the button submits at once and shows pending.
import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/action";
import { idle } from "@/lib/actions/idle";
import { Button } from "@/lib/ui/primitives/button";
import type { ButtonVariant } from "@/lib/ui/primitives/button-variants";
import { ConfirmDialog } from "@/lib/ui/primitives/confirm-dialog";
import type { FormAction } from "./action-form";

export interface Confirmation {
  title: string;
  description: string;
  /** The dialog's confirming button; defaults to the button's label. */
  confirmLabel?: string;
}

/** `label` is what sighted users see; the accessible name adds `context` (e.g. the item's title) after it. */
export function ActionButton<T>({
  action,
  fields,
  label,
  context,
  confirm,
  variant,
}: {
  action: FormAction<T>;
  fields: Record<string, string>;
  label: string;
  context?: string;
  confirm?: Confirmation;
  /** Defaults to destructive-subtle behind a confirmation (a row's trigger), secondary otherwise. */
  variant?: ButtonVariant;
}) {
  const [state, formAction, pending] = useActionState(action, idle as ActionState<T>);
  const ariaLabel = context ? `${label}: ${context}` : undefined;
  return (
    <form action={formAction} className="inline">
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {confirm ? (
        <ConfirmDialog
          triggerLabel={label}
          triggerAriaLabel={ariaLabel}
          triggerVariant={variant ?? "destructive-subtle"}
          title={confirm.title}
          description={confirm.description}
          confirmLabel={confirm.confirmLabel ?? label}
          pending={pending}
        />
      ) : (
        <Button type="submit" variant={variant ?? "secondary"} size="sm" pending={pending} aria-label={ariaLabel}>
          {label}
        </Button>
      )}
      {state.status === "error" && (
        <span role="alert" className="ml-2 text-sm text-red-700">
          {state.formError}
        </span>
      )}
    </form>
  );
}
