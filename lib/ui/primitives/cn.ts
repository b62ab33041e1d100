// Joins class names and lets a later Tailwind class win over an earlier one of the same kind
// (`cn("px-4", "px-2")` → "px-2"), so a caller's className can adjust a variant without !important.
// For server components and pages. The primitives that ship to the browser (Button, Input, …)
// join with plain clsx instead: tailwind-merge's class tables are ~9 kB gzip, which would push
// every form page past the 150 kB first-load budget. Their `className` is therefore for layout
// (margin, width, flex) only, never a colour or padding a variant already sets; variants and
// props such as Input's `compact` cover the rest (tests/unit/ui-primitives.test.ts checks it).
import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}
