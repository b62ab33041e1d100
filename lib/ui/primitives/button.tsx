// The one button. `pending` keeps the button in place (same width, a spinner, aria-busy) while
// a form submits, so the page never looks frozen and a second click cannot send twice.
import { LoaderCircle } from "lucide-react";
import { buttonVariants, type ButtonSize, type ButtonVariant } from "./button-variants";
import { cn } from "./cn";

export interface ButtonProps extends React.ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  pending?: boolean;
  /** Shown instead of the children while pending, e.g. "Saving…". */
  pendingLabel?: string;
  ref?: React.Ref<HTMLButtonElement>;
}

export function Button({
  variant,
  size,
  pending = false,
  pendingLabel,
  className,
  children,
  disabled,
  type = "button",
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      className={cn(buttonVariants({ variant, size }), className)}
      {...rest}
    >
      {pending && <LoaderCircle aria-hidden="true" className="size-4 animate-spin" />}
      {pending ? (pendingLabel ?? children) : children}
    </button>
  );
}
