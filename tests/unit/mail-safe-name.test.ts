import { describe, expect, it } from "vitest";
import { MAIL_NAME_MAX, mailSafeName } from "@/lib/domain/mail-safe-name";

describe("mailSafeName", () => {
  it("keeps ordinary names as they are", () => {
    for (const name of ["Riverbend Community College", "St. Mary's Coding 2.0", "Zoë O'Brien-Núñez", "Billing — Fall 2026 (Evening)"]) {
      expect(mailSafeName(name, "x")).toBe(name);
    }
  });

  it("puts everything on one line without hidden or direction-changing characters", () => {
    expect(mailSafeName("A\r\nBcc: b\tC\u2028D\u202eE\u200bF\u0000G", "x")).toBe("A Bcc: b C D E F G");
  });

  it("drops anything a mail client would turn into a link", () => {
    const links = [
      "https://evil.example/claim",
      "HTTP://X.TEST",
      "www.evil.example",
      "evil.example",
      "pay.evil.co/x?y=1",
      "someone@example.test",
      "mailto:x",
      "javascript:alert(1)",
      "10.0.0.1:8080",
      "ftp://x",
      "evil．example",
    ];
    for (const link of links) expect(mailSafeName(`Claim ${link} now`, "x"), link).toBe("Claim now");
  });

  it("falls back when nothing is left and caps the length", () => {
    expect(mailSafeName("https://only.a.link", "a Chartpath program")).toBe("a Chartpath program");
    expect(mailSafeName(undefined)).toBeUndefined();
    expect(mailSafeName("  \n ")).toBeUndefined();
    const long = mailSafeName("word ".repeat(100), "x");
    expect(long.length).toBeLessThanOrEqual(MAIL_NAME_MAX);
    expect(long.endsWith("…")).toBe(true);
  });

  it("reads a bounded prefix of a huge name", () => {
    expect(mailSafeName(`Prize ${"ab.".repeat(500_000)}`, "x")).toBe("Prize");
  });
});
