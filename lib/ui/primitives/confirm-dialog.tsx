"use client";
// The confirmation step for irreversible actions (delete, remove, revoke, leave). Render it
// INSIDE the form it submits: the trigger opens an alert dialog (focus moves to Cancel, Esc
// closes, focus returns to the trigger), and only the dialog's confirm button submits, through
// a hidden submit button that sends `confirm=on`, so server actions that require the explicit
// confirmation (zod `confirm: z.literal("on")`) get it and nothing else can send it by accident.
// After confirming, focus goes to the heading of the surrounding card rather than back to the
// trigger, because the trigger's row usually disappears and focus would fall to <body>.
// The dialog itself (Radix) is loaded on first hover, focus or click: confirm-dialog-panel.tsx.
import { useRef, useState } from "react";
import dynamic from "next/dynamic";
import { Button } from "./button";
import type { ButtonSize, ButtonVariant } from "./button-variants";

const loadPanel = () => import("./confirm-dialog-panel");
const ConfirmDialogPanel = dynamic(loadPanel, { ssr: false });

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
  const [loaded, setLoaded] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const submitter = useRef<HTMLButtonElement>(null);
  // Set on confirm: the heading of the card around the form, found before the row can unmount.
  const landing = useRef<HTMLElement | null>(null);
  const confirm = () => {
    const button = submitter.current;
    if (!button) return;
    landing.current = button.closest("section, main")?.querySelector<HTMLElement>("h2, h1") ?? null;
    // requestSubmit runs the form's action synchronously with this button as the submitter,
    // before the dialog (and its portal) unmounts. The button is enabled only for that call.
    button.disabled = false;
    button.form?.requestSubmit(button);
    button.disabled = true;
    setOpen(false);
  };
  const restoreFocus = (event: Event) => {
    event.preventDefault();
    // Cancel / Esc: back to the trigger. Confirmed: to the card's heading, which outlives the row.
    const heading = landing.current;
    landing.current = null;
    if (heading?.isConnected) {
      heading.tabIndex = -1;
      heading.focus();
    } else trigger.current?.focus();
  };
  return (
    <>
      {/* Disabled so that Enter in a field of the form (implicit submission picks the first
          submit button) cannot send confirm=on behind the dialog's back. */}
      <button ref={submitter} type="submit" name="confirm" value="on" hidden disabled />
      <Button
        ref={trigger}
        variant={triggerVariant}
        size={size}
        pending={pending}
        aria-label={triggerAriaLabel}
        aria-haspopup="dialog"
        aria-expanded={open}
        className={className}
        onPointerEnter={() => void loadPanel()}
        onFocus={() => void loadPanel()}
        onClick={() => {
          setLoaded(true);
          setOpen(true);
        }}
      >
        {triggerLabel}
      </Button>
      {loaded && (
        <ConfirmDialogPanel
          open={open}
          onOpenChange={setOpen}
          title={title}
          description={description}
          confirmLabel={confirmLabel}
          onConfirm={confirm}
          onCloseAutoFocus={restoreFocus}
        />
      )}
    </>
  );
}
