// The one way to tell someone an action worked (or failed) without moving them. Reversible
// actions pass `undo` and the toast offers it; irreversible ones use ConfirmDialog first instead.
// Client-only: call it from event handlers or effects.
import { toast as sonner } from "sonner";

interface ToastOptions {
  description?: string;
  /** Called when the person presses Undo; the toast then closes. */
  undo?: () => void;
}

export function toast(message: string, { description, undo }: ToastOptions = {}) {
  return sonner(message, { description, action: undo ? { label: "Undo", onClick: undo } : undefined });
}

export function toastError(message: string, description?: string) {
  return sonner.error(message, { description });
}
