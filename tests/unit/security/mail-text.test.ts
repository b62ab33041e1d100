// Text kept at rest and text put into mail: redaction leaves no working link or token, and
// names someone else chose arrive as one line without links.
import { describe, expect, it } from "vitest";
import { REDACTED, redactLinks } from "@/lib/domain/redact-links";
import { mailSafeName } from "@/lib/domain/mail-safe-name";
import { mailTransportProblem } from "@/lib/env";

const TOKEN = "Qk1uQ2h4cGF0aC10b2tlbi10ZXN0LTAxMjM0NTY3ODk";

describe("redactLinks", () => {
  it("removes link queries and token-looking strings, keeps the words", () => {
    const out = redactLinks(`Reset: http://x.test/reset-password?token=${TOKEN}\nOr paste ${TOKEN}. Sign in: http://x.test/sign-in`);
    expect(out).not.toContain(TOKEN);
    expect(out).toContain(`http://x.test/reset-password?${REDACTED}`);
    expect(out).toContain("Sign in: http://x.test/sign-in");
  });
});

describe("mailSafeName (sign-up names)", () => {
  it("flattens newlines and drops URLs, bare domains and addresses", () => {
    expect(mailSafeName("Ana\r\nRuiz", "")).toBe("Ana Ruiz");
    expect(mailSafeName("Bob\n\nYour account is locked. Visit https://evil.example/login now", "")).toBe(
      "Bob Your account is locked. Visit now",
    );
    expect(mailSafeName("Eve (evil.example/x) www.evil.io mail@evil.io javascript:alert(1)", "")).toBe("Eve");
    expect(mailSafeName("José María O'Neil-Smith, J. R.", "")).toBe("José María O'Neil-Smith, J. R.");
    expect(mailSafeName("x".repeat(500), "").length).toBeLessThanOrEqual(80);
  });
});

describe("mailTransportProblem", () => {
  it("refuses production without SMTP unless demo mode or EMAIL_OUTBOX=allow", () => {
    expect(mailTransportProblem({ production: true })).toMatch(/SMTP_URL is required/);
    expect(mailTransportProblem({ production: true, SMTP_URL: "smtp://x" })).toBeNull();
    expect(mailTransportProblem({ production: true, EMAIL_OUTBOX: "allow" })).toBeNull();
    expect(mailTransportProblem({ production: true, DEMO_MODE: true })).toBeNull();
    expect(mailTransportProblem({ production: false })).toBeNull();
  });
});
