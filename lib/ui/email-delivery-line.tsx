// One email's delivery in words beside its badge (lib/domain/email-delivery): the same line on
// an admin's invitation list and on a person's account page, so "delivered" reads alike.
import { DELIVERY_LABEL, type Delivery, type DeliveryState } from "@/lib/domain/email-delivery";
import { formatDateTime } from "@/lib/ui/format";
import { Badge } from "@/lib/ui/primitives/badge";
import type { BadgeTone } from "@/lib/ui/primitives/badge-variants";

const DELIVERY_TONE: Record<DeliveryState, BadgeTone> = {
  queued: "info",
  retrying: "warning",
  sent: "success",
  logged: "neutral",
  failed: "danger",
  bounced: "danger",
};

/**
 * `bounceHint` is what the reader can do about a bounce ("Check the address, then send again.").
 * `reasons`: staff see the mail server's words for every problem; a recipient only for a bounce
 * (their own server's refusal), not our transport's errors (hosts, ports).
 */
export function DeliveryLine({ d, bounceHint, reasons = "all" }: { d: Delivery; bounceHint?: string; reasons?: "all" | "bounces" }) {
  const when = d.at ? ` ${formatDateTime(d.at)}` : "";
  const tries = d.attempts > 1 ? ` after ${d.attempts} attempts` : "";
  return (
    <p className="flex flex-wrap items-center gap-2 text-slate-700">
      <Badge tone={DELIVERY_TONE[d.state]}>{DELIVERY_LABEL[d.state]}</Badge>
      <span>
        {d.state === "retrying" && `Trying again shortly (attempt ${d.attempts} failed${when}).`}
        {d.state === "queued" && "Waiting for the mail worker."}
        {(d.state === "sent" || d.state === "logged") && `Delivered${when}.`}
        {(d.state === "failed" || d.state === "bounced") && `Gave up${tries}${when}.`}
        {d.reason && (reasons === "all" || d.state === "bounced") && (
          <span className="ml-1 break-words text-slate-600">Mail server said: “{d.reason}”</span>
        )}
        {d.state === "bounced" && bounceHint && ` ${bounceHint}`}
      </span>
    </p>
  );
}
