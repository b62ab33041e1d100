// Program emails (invitations). Plain text; the link carries a single-use token.
import type { EmailMessage } from "@/lib/email/send-email";

const ROLE_WORDS = { ADMIN: "an admin", ADVISOR: "an advisor", LEARNER: "a learner" } as const;

export function invitationEmail(i: { to: string; name?: string; program: string; cohort?: string; role: keyof typeof ROLE_WORDS; inviter: string; link: string; days: number }): EmailMessage {
  const where = i.cohort ? `${i.program} (${i.cohort})` : i.program;
  return {
    to: i.to, kind: "invitation",
    subject: `${i.inviter} invited you to ${i.program} on Chartpath`,
    text: `Hi${i.name ? ` ${i.name}` : ""},\n\n${i.inviter} invited you to join ${where} on Chartpath as ${ROLE_WORDS[i.role]}.\n\nAccept the invitation: ${i.link}\n\nThe link works once and expires in ${i.days} days.${i.role === "LEARNER" ? " Before you join you will see exactly what the program's advisors can see." : ""}\n\n— Chartpath`,
  };
}
