// Sent invitations with their state, when the latest email went out, and (while nobody has
// answered) "Send again" and "Revoke", which asks for a confirmation tick first.
import { resendInvitationAction, revokeInvitationAction } from "@/lib/actions/programs/invitation";
import type { InvitationState } from "@/lib/domain/invitation-state";
import { ActionForm } from "@/lib/ui/forms/action-form";
import { EmptyState } from "@/lib/ui/empty-state";
import { formatDate, formatDateTime } from "@/lib/ui/format";

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
}

const BADGE: Record<InvitationState, string> = {
  pending: "bg-amber-100 text-amber-900",
  accepted: "bg-green-100 text-green-900",
  revoked: "bg-slate-200 text-slate-800",
  expired: "bg-red-100 text-red-900",
};
const small = "rounded-md px-3 py-1.5 text-sm font-semibold text-brand-800 ring-1 ring-brand-700 hover:bg-brand-50";

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
            <span className={`rounded px-1.5 text-xs font-semibold ${BADGE[i.state]}`}>{i.state}</span>
          </p>
          <p className="text-slate-700">{detail(i)}</p>
          {(i.state === "pending" || i.state === "expired") && (
            <div className="flex flex-wrap items-start gap-3">
              <ActionForm
                action={resendInvitationAction}
                hidden={{ invitationId: i.id }}
                fields={[]}
                submitLabel="Send again"
                pendingLabel="Sending…"
                submitClassName={small}
                successMessage="Sent again with a new link; the previous link no longer works."
              />
              <details className="min-w-0">
                <summary className="cursor-pointer py-1.5 text-red-800">Revoke…</summary>
                <div className="mt-2">
                  <ActionForm
                    action={revokeInvitationAction}
                    hidden={{ invitationId: i.id }}
                    fields={[]}
                    submitLabel="Revoke invitation"
                    confirmLabel={`Yes, revoke the invitation to ${i.email}; its link stops working`}
                    submitClassName="rounded-md bg-red-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-800"
                  />
                </div>
              </details>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
