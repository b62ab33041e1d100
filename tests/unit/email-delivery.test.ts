import { describe, expect, it } from "vitest";
import { batchCounts, batchPercentSettled, deliveryOf, type DeliveryRow } from "@/lib/domain/email-delivery";

const at = new Date("2026-12-04T10:00:00Z");
const row = (over: Partial<DeliveryRow>): DeliveryRow => ({
  status: "QUEUED",
  error: null,
  attempts: 0,
  lastAttemptAt: null,
  sentAt: null,
  ...over,
});

describe("deliveryOf", () => {
  it("reads a fresh queued row as queued, and one with a temporary failure as retrying with the reason", () => {
    expect(deliveryOf(row({}))).toEqual({ state: "queued", reason: null, attempts: 0, at: null });
    expect(deliveryOf(row({ error: "421 try later", attempts: 2, lastAttemptAt: at }))).toEqual({
      state: "retrying",
      reason: "421 try later",
      attempts: 2,
      at,
    });
  });

  it("keeps the reason for failures and bounces, and drops a stale one once delivered", () => {
    expect(deliveryOf(row({ status: "BOUNCED", error: "550 no such user", attempts: 1, lastAttemptAt: at })).state).toBe("bounced");
    expect(deliveryOf(row({ status: "FAILED", error: "timeout", attempts: 9, lastAttemptAt: at })).reason).toBe("timeout");
    expect(deliveryOf(row({ status: "SENT", error: "old", sentAt: at }))).toMatchObject({ state: "sent", reason: null, at });
    expect(deliveryOf(row({ status: "LOGGED", sentAt: at })).state).toBe("logged");
  });
});

describe("batch progress", () => {
  it("counts development-outbox deliveries as delivered and settles on failures too", () => {
    const c = batchCounts({ QUEUED: 3, SENT: 4, LOGGED: 1, FAILED: 1, BOUNCED: 1 });
    expect(c).toEqual({ total: 10, waiting: 3, delivered: 5, failed: 1, bounced: 1 });
    expect(batchPercentSettled(c)).toBe(70);
  });

  it("never reaches 100 while anything waits, and an empty batch is complete", () => {
    expect(batchPercentSettled(batchCounts({ QUEUED: 1, SENT: 999 }))).toBe(99);
    expect(batchPercentSettled(batchCounts({}))).toBe(100);
  });
});
