// Roles come from the database on every request; the session cookie only identifies the user.
// Cookies here are real Auth.js tokens (encrypted with the app's secret), so tampering, expiry
// and a wrong secret are exercised against the same decode the server uses.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { db } from "@/lib/db";
import { sessionSecret } from "@/lib/auth/session-secret";
import { createOrg, createUser } from "../support/factories";

const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  cookies: async () => ({ has: (n: string) => jar.has(n), get: (n: string) => (jar.has(n) ? { name: n, value: jar.get(n)! } : undefined) }),
}));
vi.mock("react", async (original) => ({ ...(await original<typeof import("react")>()), cache: <T>(fn: T) => fn }));

const { getCurrentUser } = await import("@/lib/auth/current-user");

const COOKIE = "authjs.session-token";
async function sessionFor(
  claims: Record<string, unknown>,
  opts: { secret?: string; salt?: string; maxAge?: number; cookie?: string } = {},
) {
  const token = await encode({
    token: claims,
    secret: opts.secret ?? sessionSecret(),
    salt: opts.salt ?? opts.cookie ?? COOKIE,
    maxAge: opts.maxAge ?? 3600,
  });
  jar.set(opts.cookie ?? COOKIE, token);
  return token;
}

describe("getCurrentUser", () => {
  beforeEach(() => jar.clear());

  it("is null without a session, and for garbage or a token without a user", async () => {
    expect(await getCurrentUser()).toBeNull();
    jar.set(COOKIE, "not-a-jwt");
    expect(await getCurrentUser()).toBeNull();
    await sessionFor({ sv: 0 });
    expect(await getCurrentUser()).toBeNull();
  });

  it("rejects tampered, expired and foreign-secret tokens, and a token moved to the other cookie name", async () => {
    const user = await createUser();
    const token = await sessionFor({ sub: user.id, sv: 0 });
    expect((await getCurrentUser())?.id).toBe(user.id);
    jar.set(COOKIE, token.slice(0, -4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA"));
    expect(await getCurrentUser()).toBeNull();
    await sessionFor({ sub: user.id, sv: 0 }, { maxAge: -60 });
    expect(await getCurrentUser()).toBeNull();
    await sessionFor({ sub: user.id, sv: 0 }, { secret: "another-secret-another-secret-another-00" });
    expect(await getCurrentUser()).toBeNull();
    jar.clear();
    await sessionFor({ sub: user.id, sv: 0 }, { cookie: "__Secure-authjs.session-token", salt: COOKIE });
    expect(await getCurrentUser()).toBeNull();
    await sessionFor({ sub: user.id, sv: 0 }, { cookie: "__Secure-authjs.session-token" });
    expect((await getCurrentUser())?.id).toBe(user.id);
  });

  it("reads roles from memberships, not from the token", async () => {
    const user = await createUser();
    const org = await createOrg();
    await sessionFor({ sub: user.id, sv: 0, roles: ["platformAdmin"] });
    expect((await getCurrentUser())?.roles).toEqual(["user", "learner"]);
    await db.membership.create({ data: { organizationId: org.id, userId: user.id, role: "ADVISOR" } });
    expect(await getCurrentUser()).toMatchObject({ roles: ["user", "learner", "advisor"], advisorOrgIds: [org.id], adminOrgIds: [] });
    await db.membership.update({ where: { organizationId_userId: { organizationId: org.id, userId: user.id } }, data: { role: "ADMIN" } });
    expect(await getCurrentUser()).toMatchObject({ roles: ["user", "learner", "admin"], adminOrgIds: [org.id], advisorOrgIds: [] });
    await db.membership.deleteMany({ where: { userId: user.id } });
    expect((await getCurrentUser())?.roles).toEqual(["user", "learner"]);
  });

  it("rejects a session whose version is stale (after sign-out or password change)", async () => {
    const user = await createUser();
    await sessionFor({ sub: user.id, sv: 0 });
    expect(await getCurrentUser()).not.toBeNull();
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await getCurrentUser()).toBeNull();
  });

  it("stops accepting a token this process has already opened once it expires", async () => {
    const user = await createUser();
    await sessionFor({ sub: user.id, sv: 0 }, { maxAge: 60 });
    expect((await getCurrentUser())?.id).toBe(user.id); // decrypted and remembered
    expect((await getCurrentUser())?.id).toBe(user.id); // remembered
    vi.useFakeTimers({ now: Date.now() + 120_000, toFake: ["Date"] });
    try {
      expect(await getCurrentUser()).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it("is null for a deleted user", async () => {
    const user = await createUser();
    await sessionFor({ sub: user.id, sv: 0 });
    await db.user.delete({ where: { id: user.id } });
    expect(await getCurrentUser()).toBeNull();
  });
});
