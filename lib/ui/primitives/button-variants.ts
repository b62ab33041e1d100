// The button tiers, kept apart from the component so links styled as buttons (and unit tests)
// use the same classes. One primary action per view; secondary for the rest; ghost for quiet,
// reversible actions (Skip, Reopen); destructive only for actions that lose data, solid for the
// one decisive button (a dialog's "Delete exam", "Leave cohort") and outlined ("destructive-subtle")
// for the per-row Delete triggers that open a ConfirmDialog, so a list of 40 rows is not a
// column of red blocks. Focus rings come from the one brand rule in app/globals.css.
import { cva, type VariantProps } from "class-variance-authority";

export const buttonVariants = cva(
  [
    "inline-flex items-center justify-center gap-1.5 rounded-md font-semibold whitespace-nowrap transition-colors",
    "disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-60",
  ],
  {
    variants: {
      variant: {
        primary: "bg-brand-700 text-white shadow-sm hover:bg-brand-800",
        // aria-pressed: the same button as an on/off toggle (e.g. the keyword checklist's "Tick").
        secondary:
          "border border-slate-300 bg-white text-slate-800 shadow-sm hover:border-brand-600 hover:bg-brand-50 " +
          "aria-pressed:border-emerald-700 aria-pressed:bg-emerald-50 aria-pressed:text-emerald-900",
        ghost: "text-brand-800 hover:bg-brand-50",
        destructive: "bg-red-700 text-white shadow-sm hover:bg-red-800",
        "destructive-subtle": "border border-red-300 bg-white text-red-800 hover:border-red-700 hover:bg-red-50",
      },
      size: {
        sm: "min-h-8 px-2.5 py-1 text-sm",
        md: "min-h-10 px-4 py-2 text-base",
      },
    },
    defaultVariants: { variant: "primary", size: "md" },
  },
);

export type ButtonVariant = NonNullable<VariantProps<typeof buttonVariants>["variant"]>;
export type ButtonSize = NonNullable<VariantProps<typeof buttonVariants>["size"]>;
