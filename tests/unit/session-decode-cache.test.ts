import { describe, expect, it } from "vitest";
import { cachedSession, rememberSession } from "@/lib/auth/session-decode-cache";

describe("session decode cache", () => {
  const now = Date.UTC(2026, 10, 27);

  it("returns a remembered session only for the same cookie name and value, until it expires", () => {
    rememberSession("authjs.session-token", "token-a", { id: "u1", sv: 2, expiresAtMs: now + 60_000 });
    expect(cachedSession("authjs.session-token", "token-a", now)).toEqual({ id: "u1", sv: 2, expiresAtMs: now + 60_000 });
    expect(cachedSession("__Secure-authjs.session-token", "token-a", now)).toBeUndefined();
    expect(cachedSession("authjs.session-token", "token-b", now)).toBeUndefined();
    expect(cachedSession("authjs.session-token", "token-a", now + 60_000 + 14_000)).toBeDefined(); // Auth.js's 15 s tolerance
    expect(cachedSession("authjs.session-token", "token-a", now + 60_000 + 15_000)).toBeUndefined();
    expect(cachedSession("authjs.session-token", "token-a", now)).toBeUndefined(); // dropped once expired
  });

  it("stays bounded: the oldest entry is dropped first", () => {
    rememberSession("c", "first", { id: "u0", sv: 0, expiresAtMs: now + 60_000 });
    for (let i = 0; i < 10_000; i++) rememberSession("c", `t${i}`, { id: `u${i}`, sv: 0, expiresAtMs: now + 60_000 });
    expect(cachedSession("c", "first", now)).toBeUndefined();
    expect(cachedSession("c", "t9999", now)?.id).toBe("u9999");
    expect(cachedSession("c", "t1", now)?.id).toBe("u1");
  });
});
