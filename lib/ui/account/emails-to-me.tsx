// The account page's recent emails: what Chartpath queued to this address and whether each
// was delivered, is being retried, or was refused (and what the mail server said).
import type { MyEmail } from "@/lib/data/my-emails";
import { DeliveryLine } from "@/lib/ui/email-delivery-line";
import { EmptyState } from "@/lib/ui/empty-state";
import { formatDateTime } from "@/lib/ui/format";

export function EmailsToMe({ emails }: { emails: MyEmail[] }) {
  if (emails.length === 0) return <EmptyState action={null}>No emails to you in the last 30 days.</EmptyState>;
  const refused = emails.some((e) => e.delivery.state === "bounced" || e.delivery.state === "failed");
  return (
    <div className="space-y-3 text-sm">
      <ul className="divide-y divide-slate-100">
        {emails.map((e) => (
          <li key={e.id} className="space-y-1 py-2">
            <p className="font-medium break-words">{e.subject}</p>
            <p className="text-xs text-slate-600">Queued {formatDateTime(e.queuedAt)}</p>
            <DeliveryLine
              d={e.delivery}
              bounceHint="Your mail server refused it: check your mailbox is not full and that it accepts mail from us."
            />
          </li>
        ))}
      </ul>
      {refused && (
        <p className="text-slate-700">
          A link that never arrived can be asked for again where you first asked: a new password link from “Forgot password”, a new
          invitation from your program.
        </p>
      )}
    </div>
  );
}
