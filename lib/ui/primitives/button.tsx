// The one button. `pending` keeps the button in place (same width, a spinner, aria-busy) while
// a form submits, so the page never looks frozen and a second click cannot send twice.
import { buttonVariants, type ButtonSize, type ButtonVariant } from "./button-variants";
import { clsx } from "clsx";

/** `className` is for layout only (w-full, mt-6): the look comes from `variant` and `size` (see cn.ts). */
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
      className={clsx(buttonVariants({ variant, size }), className)}
      {...rest}
    >
      {pending && <Spinner />}
      {pending ? (pendingLabel ?? children) : children}
    </button>
  );
}

/** lucide's "loader-circle" drawn inline: Button is on nearly every page, and the icon runtime
 * would add ~5 kB gzip to each page's first load for one arc. */
function Spinner() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      className="size-4 animate-spin motion-reduce:animate-none"
    >
      <path d="M21 12a9 9 0 1 1-6.219-8.56" />
    </svg>
  );
}
