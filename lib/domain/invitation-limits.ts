// How much invitation mail Chartpath sends on anyone's behalf. Anyone signed in can create a
// program, so these limits are what stop the invitation form from being a free mailer:
// per program and per inviter (a school's whole roster fits in one day: the bench imports
// 2,000 learners at once), per recipient address across all programs (nobody gets more
// than a few invitations a day however many programs are created), and per invitation
// (a resend replaces the link; it is spaced out and capped).
export const INVITATION_WINDOW_MS = 24 * 60 * 60 * 1000;

export const INVITATION_LIMITS = {
  perProgram: 2_000,
  perInviter: 2_000,
  perAddress: 3,
  sendsPerInvitation: 5,
  resendCooldownMs: 5 * 60 * 1000,
} as const;

export const invitationLimitKeys = {
  program: (organizationId: string) => `invite:program:${organizationId}`,
  inviter: (userId: string) => `invite:inviter:${userId}`,
  address: (email: string) => `invite:address:${email.toLowerCase()}`,
};

const TIME = new Intl.DateTimeFormat("en-US", {
  hour: "2-digit",
  minute: "2-digit",
  month: "short",
  day: "numeric",
  timeZone: "UTC",
  hourCycle: "h23",
});
const at = (d: Date) => `${TIME.format(d)} UTC`;

/** Why an existing pending invitation cannot be sent again yet, or null when it can. */
export function resendRefusal(inv: { lastSentAt: Date; sendCount: number }, now: Date): string | null {
  if (inv.sendCount >= INVITATION_LIMITS.sendsPerInvitation) {
    return `This invitation has already been sent ${inv.sendCount} times. Revoke it and check the address with the person before inviting them again.`;
  }
  const next = new Date(inv.lastSentAt.getTime() + INVITATION_LIMITS.resendCooldownMs);
  if (next > now) return `This invitation was sent a few minutes ago. You can send it again after ${at(next)}.`;
  return null;
}

export function addressLimitMessage(resetsAt: Date): string {
  return `This address cannot receive more invitations right now. Try again after ${at(resetsAt)}.`;
}

export function quotaMessage(who: "program" | "inviter", wanted: number, left: number, resetsAt: Date): string {
  const scope = who === "program" ? "A program can send" : "You can send";
  const max = who === "program" ? INVITATION_LIMITS.perProgram : INVITATION_LIMITS.perInviter;
  return `${scope} ${max.toLocaleString("en-US")} invitations per 24 hours; this would send ${wanted.toLocaleString("en-US")} and ${left.toLocaleString("en-US")} are left until ${at(resetsAt)}. Nothing was sent: send fewer or try again then.`;
}
