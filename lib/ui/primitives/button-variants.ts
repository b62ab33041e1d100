// The button tiers, kept apart from the component so links styled as buttons (and unit tests)
// use the same classes. One primary action per view; secondary for the rest; ghost for quiet,
// reversible actions (Skip, Reopen); destructive only for actions that lose data. Focus rings
// come from the one brand rule in app/globals.css.
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
        secondary: "border border-slate-300 bg-white text-slate-800 shadow-sm hover:border-brand-600 hover:bg-brand-50",
        ghost: "text-brand-800 hover:bg-brand-50",
        destructive: "bg-red-700 text-white shadow-sm hover:bg-red-800",
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
