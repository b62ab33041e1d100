// Sign-up, password reset and change through the data layer, against real Postgres.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changePassword, confirmSignUp, requestPasswordReset, requestSignUp, resendSignUp, resetPassword } from "@/lib/data/accounts";
import { ACCOUNT_MAIL_LIMITS, SIGN_UP_RESEND_LIMIT } from "@/lib/email/mail-quota";
import { actorFor, createUser, TEST_PASSWORD } from "../support/factories";

const IP = "192.0.2.50";

function tokenFrom(text: string, path: string): string {
  const match = text.match(new RegExp(`${path}\\?token=([A-Za-z0-9_-]+)`));
  if (!match?.[1]) throw new Error(`no ${path} link in: ${text}`);
  return match[1];
}

async function lastEmailTo(address: string) {
  return db.emailOutbox.findFirstOrThrow({ where: { toAddress: address }, orderBy: { createdAt: "desc" } });
}

describe("sign-up", () => {
  it("creates the account only when the emailed link is confirmed, once", async () => {
    await requestSignUp({ name: "Ana Ruiz", email: "ana@example.test", password: "a long passphrase" }, IP);
    expect(await db.user.count({ where: { email: "ana@example.test" } })).toBe(0);
    const mail = await lastEmailTo("ana@example.test");
    expect(mail.kind).toBe("sign-up-confirm");
    const token = tokenFrom(mail.textBody, "/sign-up/confirm");

    await expect(confirmSignUp(token, "a long passphrase")).resolves.toEqual({ email: "ana@example.test" });
    const user = await db.user.findUniqueOrThrow({ where: { email: "ana@example.test" }, include: { learnerProfile: true } });
    expect(user.learnerProfile).not.toBeNull();
    await expect(confirmSignUp(token, "a long passphrase")).rejects.toThrow(/invalid, expired or already used/);
  });

  it("answers an existing address the same way, without touching the account", async () => {
    const existing = await createUser({ email: "taken@example.test" });
    await expect(
      requestSignUp({ name: "Someone", email: "taken@example.test", password: "another passphrase" }, IP),
    ).resolves.toBeUndefined();
    expect((await lastEmailTo("taken@example.test")).kind).toBe("sign-up-existing");
    expect(await db.signUpRequest.count()).toBe(0);
    const after = await db.user.findUniqueOrThrow({ where: { id: existing.id } });
    expect(after.name).toBe(existing.name);
  });

  it("rejects an expired confirmation link", async () => {
    await requestSignUp({ name: "Late", email: "late@example.test", password: "a long passphrase" }, IP);
    const token = tokenFrom((await lastEmailTo("late@example.test")).textBody, "/sign-up/confirm");
    await db.signUpRequest.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(confirmSignUp(token, "a long passphrase")).rejects.toThrow(/invalid, expired/);
    expect(await db.user.count({ where: { email: "late@example.test" } })).toBe(0);
  });
});

describe("sending the sign-up link again", () => {
  it("sends a fresh link for a waiting sign-up; the first link keeps working and the account is created once", async () => {
    await requestSignUp({ name: "Bo Chen", email: "bo@example.test", password: "a long passphrase" }, IP);
    const first = tokenFrom((await lastEmailTo("bo@example.test")).textBody, "/sign-up/confirm");
    await expect(resendSignUp("bo@example.test", "192.0.2.51")).resolves.toBe("sent");
    const mails = await db.emailOutbox.findMany({ where: { toAddress: "bo@example.test" }, orderBy: { createdAt: "asc" } });
    expect(mails.map((m) => m.kind)).toEqual(["sign-up-confirm", "sign-up-confirm"]);
    const second = tokenFrom(mails[1]!.textBody, "/sign-up/confirm");
    expect(second).not.toBe(first);
    await expect(confirmSignUp(second, "a long passphrase")).resolves.toEqual({ email: "bo@example.test" });
    await expect(confirmSignUp(first, "a long passphrase")).resolves.toEqual({ email: "bo@example.test" });
    expect(await db.user.count({ where: { email: "bo@example.test" } })).toBe(1);
  });

  it("answers the same, with one email, for an address with no sign-up and one with an account", async () => {
    await expect(resendSignUp("nobody@example.test", IP)).resolves.toBe("sent");
    const note = await lastEmailTo("nobody@example.test");
    expect(note.kind).toBe("sign-up-none-waiting");
    expect(note.textBody).not.toMatch(/token=/);
    await createUser({ email: "has-account@example.test" });
    await expect(resendSignUp("has-account@example.test", IP)).resolves.toBe("sent");
    expect((await lastEmailTo("has-account@example.test")).kind).toBe("sign-up-existing");
    expect(await db.signUpRequest.count({ where: { email: "has-account@example.test" } })).toBe(0);
  });

  it("tells the asker only about their own asking; the shared per-address limit refuses silently", async () => {
    await requestSignUp({ name: "Flood", email: "flood@example.test", password: "a long passphrase" }, IP);
    const mails = () => db.emailOutbox.count({ where: { toAddress: "flood@example.test" } });
    for (let i = 0; i < SIGN_UP_RESEND_LIMIT.max; i++) await expect(resendSignUp("flood@example.test", IP)).resolves.toBe("sent");
    await expect(resendSignUp("flood@example.test", IP)).resolves.toBe("limited");
    expect(await mails()).toBe(1 + SIGN_UP_RESEND_LIMIT.max);
    // Other askers fill the shared per-address limit; past it nothing is sent, and nobody is told.
    let ip = 1;
    while ((await mails()) < ACCOUNT_MAIL_LIMITS.perAddress.max) await resendSignUp("flood@example.test", `198.51.100.${ip++}`);
    await expect(resendSignUp("flood@example.test", "203.0.113.9")).resolves.toBe("sent");
    expect(await mails()).toBe(ACCOUNT_MAIL_LIMITS.perAddress.max);
  });

  it("never revives an expired sign-up", async () => {
    await requestSignUp({ name: "Old", email: "old@example.test", password: "a long passphrase" }, IP);
    await db.signUpRequest.updateMany({ where: { email: "old@example.test" }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(resendSignUp("old@example.test", IP)).resolves.toBe("sent");
    expect((await lastEmailTo("old@example.test")).kind).toBe("sign-up-none-waiting");
    expect(await db.signUpRequest.count({ where: { email: "old@example.test" } })).toBe(1);
  });
});

describe("password reset", () => {
  it("sends a single-use link that changes the password and ends existing sessions", async () => {
    const user = await createUser({ email: "reset@example.test" });
    await requestPasswordReset("reset@example.test", IP);
    const token = tokenFrom((await lastEmailTo("reset@example.test")).textBody, "/reset-password");
    const stored = await db.passwordResetToken.findFirstOrThrow({ select: { tokenHash: true } });
    expect(stored.tokenHash).not.toContain(token); // only the hash is stored

    await resetPassword(token, "brand new passphrase");
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    await expect(resetPassword(token, "yet another passphrase")).rejects.toThrow(/already used/);
  });

  it("sends an unknown address a no-account note (the same work as a reset), and no link", async () => {
    await expect(requestPasswordReset("nobody@example.test", IP)).resolves.toBeUndefined();
    const mail = await lastEmailTo("nobody@example.test");
    expect(mail.kind).toBe("password-reset-no-account");
    expect(mail.textBody).not.toContain("/reset-password");
    expect(await db.passwordResetToken.count()).toBe(0);
  });
});

describe("password change", () => {
  it("requires the current password and bumps the session version", async () => {
    const user = await createUser();
    const actor = actorFor(user, ["learner"]);
    await expect(changePassword(actor, "wrong password", "new passphrase 1")).rejects.toMatchObject({
      fieldErrors: { currentPassword: ["Your current password is not correct"] },
    });
    await changePassword(actor, TEST_PASSWORD, "new passphrase 1");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);
  });
});
