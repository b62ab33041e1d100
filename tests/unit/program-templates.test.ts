import { describe, expect, it } from "vitest";
import { invitationEmail } from "@/lib/email/program-templates";

const hostile = {
  program: "Prize Desk\r\nBcc: everyone@example.test\nClaim at https://evil.example/claim now",
  inviter: "Support www.evil.example\u2028Team",
  cohort: "Winners\nvisit evil.example/x",
  name: "Ann\rhttp://x.test",
};

describe("invitation email", () => {
  it("keeps attacker-chosen names out of headers and strips links from subject and body", () => {
    const mail = invitationEmail({
      to: "a@example.test",
      ...hostile,
      role: "LEARNER",
      link: "http://localhost:3000/invite?token=abc",
      days: 14,
    });
    expect(mail.subject).not.toMatch(/[\r\n\u2028]/);
    expect(mail.subject).toBe("Support Team invited you to Prize Desk Bcc: Claim at now on Chartpath");
    const withoutOwnLink = mail.text.replace("http://localhost:3000/invite?token=abc", "");
    expect(withoutOwnLink).not.toMatch(/https?:|www\.|evil\.example|x\.test/);
    expect(mail.text).toContain("Hi Ann,");
    expect(mail.text).toContain("http://localhost:3000/invite?token=abc");
  });
});
