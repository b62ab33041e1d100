// Credentials checking: identical answers for unknown email and wrong password, throttling
// per account (also for unknown accounts) and per IP, stored in Postgres.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authenticate } from "@/lib/auth/authenticate";
import { THROTTLE_LIMITS } from "@/lib/auth/throttle";
import { createUser, TEST_PASSWORD } from "../support/factories";

describe("authenticate", () => {
  it("accepts the right password and returns only id and session version", async () => {
    const user = await createUser({ email: "ok@example.test" });
    const result = await authenticate({ email: " OK@example.test ", password: TEST_PASSWORD }, "10.0.0.1");
    expect(result).toEqual({ ok: true, user: { id: user.id, sessionVersion: 0 } });
  });

  it("answers the same for an unknown email and a wrong password", async () => {
    await createUser({ email: "known@example.test" });
    const wrong = await authenticate({ email: "known@example.test", password: "nope nope" }, "10.0.0.2");
    const unknown = await authenticate({ email: "unknown@example.test", password: "nope nope" }, "10.0.0.2");
    expect(wrong).toEqual(unknown);
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks an account after repeated failures, even with the right password, and unknown accounts alike", async () => {
    await createUser({ email: "victim@example.test" });
    for (let i = 0; i < THROTTLE_LIMITS.email; i++) {
      await authenticate({ email: "victim@example.test", password: `guess ${i}` }, `10.1.0.${i}`);
      await authenticate({ email: "ghost@example.test", password: `guess ${i}` }, `10.2.0.${i}`);
    }
    const locked = await authenticate({ email: "victim@example.test", password: TEST_PASSWORD }, "10.9.9.9");
    expect(locked).toMatchObject({ ok: false, reason: "throttled" });
    expect(await authenticate({ email: "ghost@example.test", password: "x" }, "10.9.9.8")).toMatchObject({ reason: "throttled" });

    // Not permanent: once the lock passes, the owner gets in.
    await db.signInThrottle.updateMany({
      data: { lockedUntil: new Date(Date.now() - 1000), windowStart: new Date(Date.now() - 3_600_000) },
    });
    expect(await authenticate({ email: "victim@example.test", password: TEST_PASSWORD }, "10.9.9.9")).toMatchObject({ ok: true });
  });

  it("throttles one IP spraying many accounts", async () => {
    for (let i = 0; i < THROTTLE_LIMITS.ip; i++) {
      await authenticate({ email: `spray${i}@example.test`, password: "Summer2026!" }, "203.0.113.7");
    }
    const user = await createUser({ email: "fresh@example.test" });
    expect(user).toBeTruthy();
    expect(await authenticate({ email: "fresh@example.test", password: TEST_PASSWORD }, "203.0.113.7")).toMatchObject({
      reason: "throttled",
    });
    expect(await authenticate({ email: "fresh@example.test", password: TEST_PASSWORD }, "198.51.100.1")).toMatchObject({ ok: true });
  });

  it("counts concurrent failures exactly", async () => {
    await Promise.all(Array.from({ length: 8 }, (_, i) => authenticate({ email: "race@example.test", password: `x${i}` }, "10.3.0.1")));
    const row = await db.signInThrottle.findUniqueOrThrow({ where: { key: "email:race@example.test" } });
    expect(row.failures).toBe(8);
  });

  it("treats malformed input as invalid, never throwing", async () => {
    expect(await authenticate({ email: "not-an-email", password: "" }, "10.0.0.3")).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(null, "10.0.0.3")).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("account enumeration by timing", () => {
  it("takes about as long for an unknown email as for a wrong password", async () => {
    await createUser({ email: "timing@example.test" });
    const time = async (email: string, i: number) => {
      const t = performance.now();
      await authenticate({ email, password: `wrong ${i}` }, `10.8.0.${i}`);
      return performance.now() - t;
    };
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const known: number[] = [],
      unknown: number[] = [];
    for (let i = 0; i < 5; i++) {
      known.push(await time("timing@example.test", i));
      unknown.push(await time(`nobody${i}@example.test`, i));
    }
    const ratio = median(unknown) / median(known);
    // Both paths run one argon2 verification; without the dummy check the unknown path would be ~10× faster.
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });
});
