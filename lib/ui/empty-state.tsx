// What a list or chart shows before it has anything. `action` is required so every empty state
// decides what the person should do next: a link styled as the primary button (often to the
// form further down the page, `#id`), or an explicit `null` where nothing can be done yet
// (e.g. "No advisor has opened your dashboard").
import Link from "next/link";
import { buttonVariants } from "@/lib/ui/primitives/button-variants";

export interface EmptyStateAction {
  label: string;
  href: string;
}

export function EmptyState({ children, action }: { children: React.ReactNode; action: EmptyStateAction | null }) {
  return (
    <div className="flex flex-col items-start gap-3 rounded-lg border border-dashed border-slate-300 bg-white/60 p-4 text-slate-700 sm:flex-row sm:items-center sm:justify-between">
      <p>{children}</p>
      {action && (
        <Link href={action.href} className={buttonVariants({ variant: "primary", size: "sm", className: "shrink-0" })}>
          {action.label}
        </Link>
      )}
    </div>
  );
}
