// Program emails (invitations). Plain text; the link carries a single-use token. Every name
// in them was typed by someone other than the recipient, so each passes mailSafeName.
import type { EmailMessage } from "@/lib/email/send-email";
import { mailSafeName } from "@/lib/domain/mail-safe-name";

const ROLE_WORDS = { ADMIN: "an admin", ADVISOR: "an advisor", LEARNER: "a learner" } as const;

export function invitationEmail(i: {
  to: string;
  name?: string;
  program: string;
  cohort?: string;
  role: keyof typeof ROLE_WORDS;
  inviter: string;
  link: string;
  days: number;
}): EmailMessage {
  const program = mailSafeName(i.program, "a Chartpath program");
  const inviter = mailSafeName(i.inviter, "A program admin");
  const cohort = mailSafeName(i.cohort);
  const name = mailSafeName(i.name);
  const where = cohort ? `${program} (${cohort})` : program;
  return {
    to: i.to,
    kind: "invitation",
    subject: `${inviter} invited you to ${program} on Chartpath`,
    text: `Hi${name ? ` ${name}` : ""},\n\n${inviter} invited you to join ${where} on Chartpath as ${ROLE_WORDS[i.role]}.\n\nAccept the invitation: ${i.link}\n\nThe link works once and expires in ${i.days} days.${i.role === "LEARNER" ? " Before you join you will see exactly what the program's advisors can see." : ""}\n\n— Chartpath`,
  };
}
