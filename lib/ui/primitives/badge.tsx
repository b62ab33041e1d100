// A status pill with a tier icon (hidden from screen readers: the text carries the meaning).
import { CircleAlert, CircleCheck, Info, OctagonAlert, Circle } from "lucide-react";
import { badgeVariants, type BadgeTone } from "./badge-variants";
import { clsx } from "clsx";

const ICONS = { neutral: Circle, info: Info, success: CircleCheck, warning: CircleAlert, danger: OctagonAlert } as const;

export function Badge({ tone = "neutral", className, children }: { tone?: BadgeTone; className?: string; children: React.ReactNode }) {
  const Icon = ICONS[tone];
  return (
    <span className={clsx(badgeVariants({ tone }), className)}>
      <Icon aria-hidden="true" className="size-3.5 shrink-0" strokeWidth={2.5} />
      {children}
    </span>
  );
}
