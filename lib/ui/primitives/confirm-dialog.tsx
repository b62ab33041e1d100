"use client";
// The confirmation step for irreversible actions (delete, remove, revoke, leave). Render it
// INSIDE the form it submits: the trigger opens an alert dialog (focus moves to Cancel, Esc
// closes, focus returns to the trigger), and only the dialog's confirm button submits, through
// a hidden submit button that sends `confirm=on`, so server actions that require the explicit
// confirmation (zod `confirm: z.literal("on")`) get it and nothing else can send it by accident.
// After confirming, focus goes to the heading of the surrounding card rather than back to the
// trigger, because the trigger's row usually disappears and focus would fall to <body>.
import { useRef, useState } from "react";
import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { Button } from "./button";
import type { ButtonSize, ButtonVariant } from "./button-variants";

export interface ConfirmDialogProps {
  /** The visible trigger text, e.g. "Delete". */
  triggerLabel: string;
  /** The trigger's accessible name when the visible text alone is ambiguous, e.g. "Delete: CEU entry X". */
  triggerAriaLabel?: string;
  title: string;
  description: string;
  /** The dialog's confirming button, naming the action again ("Delete entry"), never "OK". */
  confirmLabel: string;
  triggerVariant?: ButtonVariant;
  size?: ButtonSize;
  pending?: boolean;
  className?: string;
}

export function ConfirmDialog({
  triggerLabel,
  triggerAriaLabel,
  title,
  description,
  confirmLabel,
  triggerVariant = "destructive",
  size = "sm",
  pending = false,
  className,
}: ConfirmDialogProps) {
  const [open, setOpen] = useState(false);
  const submitter = useRef<HTMLButtonElement>(null);
  const confirmed = useRef(false);
  const confirm = () => {
    const button = submitter.current;
    confirmed.current = true;
    // requestSubmit runs the form's action synchronously with this button as the submitter,
    // before the dialog (and its portal) unmounts.
    button?.form?.requestSubmit(button);
    setOpen(false);
  };
  return (
    <>
      <button ref={submitter} type="submit" name="confirm" value="on" hidden />
      <AlertDialog.Root open={open} onOpenChange={setOpen}>
        <AlertDialog.Trigger asChild>
          <Button variant={triggerVariant} size={size} pending={pending} aria-label={triggerAriaLabel} className={className}>
            {triggerLabel}
          </Button>
        </AlertDialog.Trigger>
        <AlertDialog.Portal>
          <AlertDialog.Overlay className="fixed inset-0 z-50 bg-slate-900/50" />
          <AlertDialog.Content
            onCloseAutoFocus={(event) => {
              if (!confirmed.current) return; // Cancel / Esc: Radix returns focus to the trigger
              confirmed.current = false;
              const heading = submitter.current?.closest("section, main")?.querySelector<HTMLElement>("h2, h1");
              if (!heading) return;
              event.preventDefault();
              heading.tabIndex = -1;
              heading.focus();
            }}
            className="fixed top-1/2 left-1/2 z-50 w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-xl bg-white p-6 shadow-xl"
          >
            <AlertDialog.Title className="text-lg font-semibold text-ink">{title}</AlertDialog.Title>
            <AlertDialog.Description className="mt-2 text-slate-700">{description}</AlertDialog.Description>
            <div className="mt-6 flex flex-wrap justify-end gap-2">
              <AlertDialog.Cancel asChild>
                <Button variant="secondary">Cancel</Button>
              </AlertDialog.Cancel>
              <Button variant="destructive" onClick={confirm}>
                {confirmLabel}
              </Button>
            </div>
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>
    </>
  );
}
