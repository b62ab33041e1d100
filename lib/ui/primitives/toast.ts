// The one way to tell someone an action worked (or failed) without moving them. Reversible
// actions pass `undo` and the toast offers it; irreversible ones use ConfirmDialog first instead.
// Client-only: call it from event handlers or effects. Sonner is imported on first use, so pages
// that merely could raise a toast do not carry it in their first-load JavaScript.
interface ToastOptions {
  description?: string;
  /** Called when the person presses Undo; the toast then closes. */
  undo?: () => void;
}

export async function toast(message: string, { description, undo }: ToastOptions = {}): Promise<void> {
  const { toast: sonner } = await import("sonner");
  sonner(message, { description, action: undo ? { label: "Undo", onClick: undo } : undefined });
}

export async function toastError(message: string, description?: string): Promise<void> {
  const { toast: sonner } = await import("sonner");
  sonner.error(message, { description });
}
