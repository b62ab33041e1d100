import { describe, expect, it } from "vitest";
import { INVITATION_LIMITS, addressLimitMessage, quotaMessage, resendRefusal } from "@/lib/domain/invitation-limits";

const now = new Date("2026-11-28T12:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe("invitation limits", () => {
  it("allows a resend after the cooldown and until the per-invitation cap", () => {
    expect(resendRefusal({ lastSentAt: minutesAgo(6), sendCount: 1 }, now)).toBeNull();
    expect(resendRefusal({ lastSentAt: minutesAgo(2), sendCount: 1 }, now)).toBe(
      "This invitation was sent a few minutes ago. You can send it again after Nov 28, 12:03 UTC.",
    );
    expect(resendRefusal({ lastSentAt: minutesAgo(600), sendCount: INVITATION_LIMITS.sendsPerInvitation }, now)).toMatch(
      /already been sent 5 times/,
    );
  });

  it("says what the limit is, what is left and when it resets", () => {
    expect(quotaMessage("program", 2_500, 2_000, now)).toBe(
      "A program can send 2,000 invitations per 24 hours; this would send 2,500 and 2,000 are left until Nov 28, 12:00 UTC. Nothing was sent: send fewer or try again then.",
    );
    expect(quotaMessage("inviter", 3, 0, now)).toMatch(/^You can send 2,000 invitations per 24 hours; this would send 3 and 0 are left/);
    expect(addressLimitMessage(now)).toBe("This address cannot receive more invitations right now. Try again after Nov 28, 12:00 UTC.");
  });
});

describe("times in limit messages", () => {
  it("writes midnight as 00:00, not 24:00", () => {
    expect(addressLimitMessage(new Date("2026-11-29T00:00:00Z"))).toBe(
      "This address cannot receive more invitations right now. Try again after Nov 29, 00:00 UTC.",
    );
  });
});
