// Abuse of the account flows, through the real actions and Auth.js (issue 12): each refusal
// is asserted together with what did not change.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { db } from "@/lib/db";
import { THROTTLE_LIMITS } from "@/lib/auth/throttle";
import { ACCOUNT_MAIL_LIMITS } from "@/lib/email/mail-quota";
import { INVALID_CREDENTIALS, THROTTLED } from "@/lib/actions/auth/messages";
import { sessionSecret } from "@/lib/auth/session-secret";
import { changePassword, confirmSignUp, requestPasswordReset, requestSignUp, resetPassword } from "@/lib/data/accounts";
import { actorFor, createUser, TEST_PASSWORD } from "../../support/factories";
import { countQueries } from "../../support/count-queries";
import { form } from "../learner-journey/support";

// What the server would see: the preload's socket address plus whatever the client sent.
const request = vi.hoisted(() => ({ headers: {} as Record<string, string> }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: vi.fn(async () => null) }));
vi.mock("next/headers", () => ({
  headers: vi.fn(async () => new Headers({ host: "localhost:3999", ...request.headers })),
  cookies: vi.fn(async () => ({ get: () => undefined, has: () => false, set: () => undefined })),
}));
vi.mock("next/navigation", async (original) => ({
  ...(await original<typeof import("next/navigation")>()),
  redirect: vi.fn((to: string) => {
    throw Object.assign(new Error(`NEXT_REDIRECT ${to}`), { digest: `NEXT_REDIRECT;replace;${to};307;` });
  }),
}));
const { signInAction } = await import("@/lib/actions/auth/sign-in");
const { handlers } = await import("@/lib/actions/auth/auth-js");

const IP = "192.0.2.80";
const from = (socket: string, extra: Record<string, string> = {}) => {
  request.headers = { "x-chartpath-socket-address": socket, ...extra };
};
const signInWith = (email: string, password: string) =>
  signInAction({ status: "idle" }, form({ email, password })).then(
    (r) => r,
    (e: Error) => ({ status: "redirect", to: e.message }),
  );
const tokenIn = (text: string, path: string) => text.match(new RegExp(`${path}\\?token=([A-Za-z0-9_-]{43})`))?.[1] ?? "";
const lastMail = (to: string) => db.emailOutbox.findFirstOrThrow({ where: { toAddress: to }, orderBy: { createdAt: "desc" } });

beforeEach(() => from("203.0.113.9"));

describe("per-IP sign-in limit", () => {
  it("holds when the client rotates X-Forwarded-For (the socket address counts)", async () => {
    const victim = await createUser({ email: "sprayed@example.test" });
    for (let i = 0; i < THROTTLE_LIMITS.ip; i++) {
      from("203.0.113.9", { "x-forwarded-for": `198.51.100.${i}` });
      await signInWith(`spray-${i}@example.test`, "Winter2026!");
    }
    from("203.0.113.9", { "x-forwarded-for": "198.51.100.250" });
    expect(await signInWith(victim.email, TEST_PASSWORD)).toMatchObject({ status: "error", formError: THROTTLED });
    expect(await db.signInThrottle.count({ where: { key: { startsWith: "ip:198.51.100." } } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: victim.id } })).lastActiveAt).toBeNull();
  });

  it("cannot be aimed at someone else's IP by naming it in a header", async () => {
    for (let i = 0; i < THROTTLE_LIMITS.ip; i++) {
      from("203.0.113.66", { "x-forwarded-for": "198.51.100.77" });
      await signInWith(`framed-${i}@example.test`, "guess guess");
    }
    const school = await createUser({ email: "school@example.test" });
    from("198.51.100.77", { "x-forwarded-for": "198.51.100.77" }); // as Next fills it in from the socket
    expect(await signInWith(school.email, TEST_PASSWORD)).toMatchObject({ status: "redirect" });
  });
});

describe("password reset", () => {
  it("lifts the account's sign-in lock, as the throttle message says", async () => {
    const user = await createUser({ email: "locked@example.test" });
    for (let i = 0; i < THROTTLE_LIMITS.email; i++) await signInWith(user.email, `wrong ${i}`);
    expect(await signInWith(user.email, TEST_PASSWORD)).toMatchObject({ formError: THROTTLED });
    await requestPasswordReset(user.email, IP);
    await resetPassword(tokenIn((await lastMail(user.email)).textBody, "/reset-password"), "a fresh passphrase 9");
    expect(await signInWith(user.email, "a fresh passphrase 9")).toMatchObject({ status: "redirect" });
  });

  it("does the same work for known and unknown addresses: one statement, one email", async () => {
    await createUser({ email: "known@example.test" });
    const known = await countQueries(() => requestPasswordReset("known@example.test", IP));
    const unknown = await countQueries(() => requestPasswordReset("unknown@example.test", IP));
    expect(unknown.queries).toBe(known.queries);
    expect(await db.emailOutbox.count({ where: { toAddress: "known@example.test" } })).toBe(1);
    expect(await db.emailOutbox.count({ where: { toAddress: "unknown@example.test" } })).toBe(1);
  });
});

describe("password change", () => {
  it("is throttled like sign-in: after the limit even the right password is refused", async () => {
    const user = await createUser();
    const actor = actorFor(user, ["learner"]);
    for (let i = 0; i < THROTTLE_LIMITS.email; i++) {
      await expect(changePassword(actor, `guess ${i}`, "new passphrase 1")).rejects.toMatchObject({
        fieldErrors: { currentPassword: expect.any(Array) },
      });
    }
    const before = await db.password.findUniqueOrThrow({ where: { userId: user.id } });
    await expect(changePassword(actor, TEST_PASSWORD, "new passphrase 1")).rejects.toMatchObject({
      message: expect.stringMatching(/Too many wrong passwords/),
    });
    expect(await db.password.findUniqueOrThrow({ where: { userId: user.id } })).toEqual(before);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(0);
  });
});

describe("Auth.js's own /api/auth/signout", () => {
  it("revokes the session, not just the cookie", async () => {
    const user = await createUser();
    const session = await encode({ token: { sub: user.id, sv: 0 }, secret: sessionSecret(), salt: "authjs.session-token", maxAge: 3600 });
    const csrf = await handlers.GET(new Request("http://localhost:3999/api/auth/csrf") as never);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const csrfCookie = csrf.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const res = await handlers.POST(
      new Request("http://localhost:3999/api/auth/signout", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: `${csrfCookie}; authjs.session-token=${session}` },
        body: new URLSearchParams({ csrfToken, callbackUrl: "/" }),
      }) as never,
    );
    expect(res.status).toBeLessThan(400);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);
  });
});

describe("sign-up", () => {
  it("started by someone else for your address cannot become your account from its link", async () => {
    await requestSignUp({ name: "Not You", email: "victim@example.test", password: "attacker's passphrase" }, IP);
    const token = tokenIn((await lastMail("victim@example.test")).textBody, "/sign-up/confirm");
    await expect(confirmSignUp(token, "the victim's own passphrase")).rejects.toMatchObject({
      fieldErrors: { password: [expect.stringMatching(/password you chose/)] },
    });
    expect(await db.user.count({ where: { email: "victim@example.test" } })).toBe(0);
    expect(await db.signUpRequest.findFirstOrThrow()).toMatchObject({ usedAt: null });
  });

  it("mails a name without newlines or links", async () => {
    await requestSignUp(
      { name: "Bob\n\nYour bank: https://evil.example/login", email: "bob@example.test", password: "a long passphrase" },
      IP,
    );
    const body = (await lastMail("bob@example.test")).textBody;
    expect(body.split("\n")[0]).toBe("Hi Bob Your bank:,");
    expect(body).not.toContain("evil.example");
  });

  it("is limited per recipient address and per IP, and a refused request writes nothing", async () => {
    for (let i = 0; i < ACCOUNT_MAIL_LIMITS.perAddress.max + 2; i++) {
      await requestSignUp({ name: "Spam", email: "target@example.test", password: "a long passphrase" }, `192.0.2.${i}`);
    }
    expect(await db.emailOutbox.count({ where: { toAddress: "target@example.test" } })).toBe(ACCOUNT_MAIL_LIMITS.perAddress.max);
    expect(await db.signUpRequest.count({ where: { email: "target@example.test" } })).toBe(ACCOUNT_MAIL_LIMITS.perAddress.max);

    for (let i = 0; i < ACCOUNT_MAIL_LIMITS.perIp.max + 2; i++) {
      await requestSignUp({ name: "Bulk", email: `bulk-${i}@example.test`, password: "a long passphrase" }, "198.51.100.99");
    }
    expect(await db.emailOutbox.count({ where: { toAddress: { startsWith: "bulk-" } } })).toBe(ACCOUNT_MAIL_LIMITS.perIp.max);
    expect(await db.signUpRequest.count({ where: { email: { startsWith: "bulk-" } } })).toBe(ACCOUNT_MAIL_LIMITS.perIp.max);
  });
});

it("sign-in's generic answer is unchanged", async () => {
  expect(await signInWith("nobody@example.test", "whatever")).toMatchObject({ formError: INVALID_CREDENTIALS });
});
