// Captures the mail the app sends (instead of reading the outbox, whose contents are not
// the program code's business). Use with:
//   vi.mock("@/lib/email/send-email", () => import("../../support/sent-mail").then((m) => m.sendEmailMock));
import type { EmailMessage } from "@/lib/email/send-email";

export const sentMail: EmailMessage[] = [];

export const sendEmailMock = {
  sendEmail: async (m: EmailMessage) => {
    sentMail.push(m);
  },
  sendEmails: async (ms: EmailMessage[]) => {
    sentMail.push(...ms);
  },
};

export const invitationMail = () => sentMail.filter((m) => m.kind === "invitation");

export function tokenIn(mail: EmailMessage | undefined): string {
  const token = mail?.text.match(/invite\?token=([A-Za-z0-9_-]{43})/)?.[1];
  if (!token) throw new Error("no invitation link in the mail");
  return token;
}
