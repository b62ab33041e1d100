import { describe, expect, it } from "vitest";
import { invitationState, isOpen } from "@/lib/domain/invitation-state";

const now = new Date("2026-11-28T12:00:00Z");
const future = new Date("2026-12-01T00:00:00Z");
const past = new Date("2026-11-01T00:00:00Z");

describe("invitationState", () => {
  it("accepted and revoked win over expiry; otherwise pending until it expires", () => {
    expect(invitationState({ acceptedAt: past, revokedAt: null, expiresAt: past }, now)).toBe("accepted");
    expect(invitationState({ acceptedAt: null, revokedAt: past, expiresAt: future }, now)).toBe("revoked");
    expect(invitationState({ acceptedAt: null, revokedAt: null, expiresAt: past }, now)).toBe("expired");
    expect(invitationState({ acceptedAt: null, revokedAt: null, expiresAt: future }, now)).toBe("pending");
    expect(["pending", "expired", "accepted", "revoked"].map((s) => isOpen(s as never))).toEqual([true, true, false, false]);
  });
});
