// The state an admin sees for an invitation. Accepted and revoked are final; an unanswered
// invitation past its expiry is expired (it can be sent again with a fresh link).
export type InvitationState = "pending" | "accepted" | "revoked" | "expired";

export function invitationState(i: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now: Date): InvitationState {
  if (i.acceptedAt) return "accepted";
  if (i.revokedAt) return "revoked";
  return i.expiresAt <= now ? "expired" : "pending";
}

/** Only invitations nobody has answered or withdrawn can be sent again or revoked. */
export const isOpen = (s: InvitationState) => s === "pending" || s === "expired";
