// Sent invitations with their state, when the latest email went out, and (while nobody has
// answered) "Send again" and "Revoke invitation", which asks in a confirmation dialog first.
import { resendInvitationAction } from "@/lib/actions/programs/resend-invitation";
import { revokeInvitationAction } from "@/lib/actions/programs/revoke-invitation";
import type { InvitationState } from "@/lib/domain/invitation-state";
import type { Delivery } from "@/lib/domain/email-delivery";
import { DeliveryLine } from "@/lib/ui/email-delivery-line";
import { ActionForm } from "@/lib/ui/forms/action-form";
import { EmptyState } from "@/lib/ui/empty-state";
import { formatDate, formatDateTime } from "@/lib/ui/format";
import { Badge } from "@/lib/ui/primitives/badge";
import type { BadgeTone } from "@/lib/ui/primitives/badge-variants";

interface Row {
  id: string;
  email: string;
  role: string;
  state: InvitationState;
  expiresAt: Date;
  lastSentAt: Date;
  sendCount: number;
  acceptedAt: Date | null;
  revokedAt: Date | null;
  delivery: Delivery | null;
}

const TONE: Record<InvitationState, BadgeTone> = { pending: "warning", accepted: "success", revoked: "neutral", expired: "danger" };
function detail(i: Row): string {
  const sent = `last sent ${formatDateTime(i.lastSentAt)}${i.sendCount > 1 ? ` (${i.sendCount} times)` : ""}`;
  if (i.state === "accepted") return `accepted ${formatDate(i.acceptedAt)} · ${sent}`;
  if (i.state === "revoked") return `revoked ${formatDate(i.revokedAt)} · ${sent}`;
  return `${sent} · ${i.state === "expired" ? "expired" : "expires"} ${formatDate(i.expiresAt)}`;
}

export function InvitationList({ invitations, showRole, empty }: { invitations: Row[]; showRole: boolean; empty: string }) {
  if (invitations.length === 0) return <EmptyState action={null}>{empty}</EmptyState>;
  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {invitations.map((i) => (
        <li key={i.id} className="space-y-2 py-3">
          <p className="flex flex-wrap items-center gap-2">
            <span className="font-medium break-all">{i.email}</span>
            {showRole && <span className="text-slate-600">{i.role.toLowerCase()}</span>}
            <Badge tone={TONE[i.state]}>{i.state}</Badge>
          </p>
          <p className="text-slate-700">{detail(i)}</p>
          {i.delivery && (i.state === "pending" || i.state === "expired") && (
            <DeliveryLine d={i.delivery} bounceHint="Check the address, then send again." />
          )}
          {(i.state === "pending" || i.state === "expired") && (
            <div className="flex flex-wrap items-start gap-3">
              <ActionForm
                action={resendInvitationAction}
                hidden={{ invitationId: i.id }}
                fields={[]}
                submitLabel="Send again"
                pendingLabel="Sending…"
                submitVariant="secondary"
                submitSize="sm"
                successMessage="Sent again with a new link; the previous link no longer works."
              />
              <ActionForm
                action={revokeInvitationAction}
                hidden={{ invitationId: i.id }}
                fields={[]}
                submitLabel="Revoke invitation"
                submitVariant="destructive-subtle"
                submitSize="sm"
                confirm={{
                  title: `Revoke the invitation to ${i.email}?`,
                  description: "Its link stops working. You can invite them again later.",
                }}
              />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
