// Severity tiers for status pills. Each tier has its own icon, so a tier is never told by
// colour alone (WCAG 1.4.1); callers still put the meaning in the text ("3 behind", "revoked").
import { cva, type VariantProps } from "class-variance-authority";

export const badgeVariants = cva("inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold whitespace-nowrap", {
  variants: {
    tone: {
      neutral: "border-slate-300 bg-slate-100 text-slate-800",
      info: "border-sky-300 bg-sky-50 text-sky-900",
      success: "border-emerald-300 bg-emerald-50 text-emerald-900",
      warning: "border-amber-300 bg-amber-50 text-amber-950",
      danger: "border-red-300 bg-red-50 text-red-900",
    },
  },
  defaultVariants: { tone: "neutral" },
});

export type BadgeTone = NonNullable<VariantProps<typeof badgeVariants>["tone"]>;
export const BADGE_TONES: readonly BadgeTone[] = ["neutral", "info", "success", "warning", "danger"];
