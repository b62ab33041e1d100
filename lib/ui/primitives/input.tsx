// Bare styled controls: the look of every text box, select, textarea, checkbox and radio.
// Labels, hints and errors are the job of the field components (lib/ui/form-controls.tsx,
// lib/ui/forms/controls.tsx), which render these. Brand `accent-color` replaces browser blue
// for ticks and dots; the focus ring is the global brand rule in app/globals.css.
// `className` is for layout only (see cn.ts); `compact` is the one size change: a narrower box
// for filter bars and mapping tables.
import { clsx } from "clsx";

const BOX =
  "block rounded-md border border-slate-300 bg-white text-ink shadow-sm placeholder:text-slate-500 " +
  "hover:border-slate-400 focus-visible:border-brand-600 disabled:bg-slate-100 disabled:text-slate-600 " +
  "aria-[invalid=true]:border-red-600 aria-[invalid=true]:bg-red-50/40";
const FULL = "w-full px-3 py-2 text-base";
const COMPACT = "px-2 py-1.5 text-sm";
const box = (compact: boolean | undefined, className: string | undefined) => clsx(BOX, compact ? COMPACT : FULL, className);
const CHOICE = "size-4 shrink-0 cursor-pointer accent-brand-700 disabled:cursor-not-allowed";

type Ref<E> = { ref?: React.Ref<E>; compact?: boolean };

export function Input({ className, compact, ...rest }: React.InputHTMLAttributes<HTMLInputElement> & Ref<HTMLInputElement>) {
  return <input className={box(compact, className)} {...rest} />;
}

export function Select({ className, compact, ...rest }: React.SelectHTMLAttributes<HTMLSelectElement> & Ref<HTMLSelectElement>) {
  return <select className={box(compact, className)} {...rest} />;
}

export function Textarea({ className, compact, ...rest }: React.TextareaHTMLAttributes<HTMLTextAreaElement> & Ref<HTMLTextAreaElement>) {
  return <textarea className={box(compact, className)} {...rest} />;
}

type ChoiceProps = Omit<React.InputHTMLAttributes<HTMLInputElement>, "type"> & { ref?: React.Ref<HTMLInputElement> };

export function Checkbox({ className, ...rest }: ChoiceProps) {
  return <input type="checkbox" className={clsx(CHOICE, "rounded", className)} {...rest} />;
}

export function Radio({ className, ...rest }: ChoiceProps) {
  return <input type="radio" className={clsx(CHOICE, className)} {...rest} />;
}
