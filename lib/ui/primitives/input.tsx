// Bare styled controls: the look of every text box, select, textarea, checkbox and radio.
// Labels, hints and errors are the job of the field components (lib/ui/form-controls.tsx,
// lib/ui/forms/controls.tsx), which render these. Brand `accent-color` replaces browser blue
// for ticks and dots; the focus ring is the global brand rule in app/globals.css.
import { cn } from "./cn";

const BOX =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-ink shadow-sm placeholder:text-slate-500 " +
  "hover:border-slate-400 focus-visible:border-brand-600 disabled:bg-slate-100 disabled:text-slate-600 " +
  "aria-[invalid=true]:border-red-600 aria-[invalid=true]:bg-red-50/40";
const CHOICE = "size-4 shrink-0 cursor-pointer accent-brand-700 disabled:cursor-not-allowed";

type Ref<E> = { ref?: React.Ref<E> };

export function Input({ className, ...rest }: React.InputHTMLAttributes<HTMLInputElement> & Ref<HTMLInputElement>) {
  return <input className={cn(BOX, className)} {...rest} />;
}

export function Select({ className, ...rest }: React.SelectHTMLAttributes<HTMLSelectElement> & Ref<HTMLSelectElement>) {
  return <select className={cn(BOX, "pr-8", className)} {...rest} />;
}

export function Textarea({ className, ...rest }: React.TextareaHTMLAttributes<HTMLTextAreaElement> & Ref<HTMLTextAreaElement>) {
  return <textarea className={cn(BOX, className)} {...rest} />;
}

type ChoiceProps = Omit<React.InputHTMLAttributes<HTMLInputElement>, "type"> & Ref<HTMLInputElement>;

export function Checkbox({ className, ...rest }: ChoiceProps) {
  return <input type="checkbox" className={cn(CHOICE, "rounded", className)} {...rest} />;
}

export function Radio({ className, ...rest }: ChoiceProps) {
  return <input type="radio" className={cn(CHOICE, className)} {...rest} />;
}
