// The graduate survey email and its reminder (plain text, like lib/email/templates.ts). The link
// carries the survey's single-use token; names pass through mailSafeName. No "server-only": the
// demo seed writes the pending survey's email with it.
import type { EmailMessage } from "@/lib/email/send-email";
import { mailSafeName } from "@/lib/domain/mail-safe-name";
import { SURVEY_EXPIRY_DAYS } from "@/lib/domain/graduate-surveys";

export function graduateSurveyEmail(to: string, name: string, orgName: string, link: string, reminder: boolean): EmailMessage {
  const hi = mailSafeName(name, "") || "there";
  const org = mailSafeName(orgName, "") || "your training program";
  return {
    to,
    kind: reminder ? "graduate-survey-reminder" : "graduate-survey",
    subject: reminder ? `Reminder: your graduate survey for ${org}` : `${org} would like to know how you are doing`,
    text: `Hi ${hi},\n\n${org} asks its graduates what they are doing now: working, studying, serving or still looking. Your answer goes into the program's reported graduate outcomes.\n\nAnswer the short survey (no account or password needed):\n${link}\n\nThe link works once and expires ${SURVEY_EXPIRY_DAYS} days after the first email.\n\n— Chartpath`,
  };
}
