import { describe, expect, it } from "vitest";
import { ENTRY_ROLE_SUGGESTIONS, ONSITE_BEFORE_REMOTE, REMOTE_CHECKLIST } from "@/lib/content/remote-readiness";

describe("remote readiness", () => {
  it("has unique checklist keys, each with a reason", () => {
    expect(new Set(REMOTE_CHECKLIST.map((i) => i.key)).size).toBe(REMOTE_CHECKLIST.length);
    for (const item of REMOTE_CHECKLIST) expect(item.why).not.toBe("");
  });

  it("gives the guide's 1–2 years on site as a range", () => {
    expect(ONSITE_BEFORE_REMOTE.value).toEqual({ minYears: 1, maxYears: 2 });
  });

  it("suggests entry roles for both paths", () => {
    expect(ENTRY_ROLE_SUGGESTIONS.BILLING.length).toBeGreaterThan(0);
    expect(ENTRY_ROLE_SUGGESTIONS.CODING.map((r) => r.title).join(" ")).toMatch(/CPC-A/);
  });
});
