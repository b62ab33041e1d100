import { describe, expect, it } from "vitest";
import { isCredentialCode } from "@/lib/content/credentials";
import { PROGRAM_CRITERIA, TRAINING_ROUTES, getTrainingRoute } from "@/lib/content/training-routes";

describe("training routes", () => {
  it("has the five routes, no duplicates", () => {
    const codes = TRAINING_ROUTES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.sort()).toEqual(["AAS_HIT", "BACHELOR_HIM", "CC_CERTIFICATE", "PREP_COURSE", "SELF_PACED_ONLINE"]);
  });

  it("has positive durations with min ≤ max", () => {
    for (const route of TRAINING_ROUTES) {
      const { min, max } = route.durationMonths.value;
      expect(min).toBeGreaterThan(0);
      expect(min).toBeLessThanOrEqual(max);
    }
  });

  it("matches the guide's durations", () => {
    expect(getTrainingRoute("SELF_PACED_ONLINE").durationMonths.value).toEqual({ min: 4, max: 12 });
    expect(getTrainingRoute("AAS_HIT").durationMonths.value).toEqual({ min: 24, max: 24 });
    expect(getTrainingRoute("PREP_COURSE").durationMonths.confidence).toBe("uncertain");
  });

  it("marks every cost range uncertain and keeps min ≤ max", () => {
    for (const route of TRAINING_ROUTES) {
      expect(route.cost.confidence).toBe("uncertain");
      const { minUsd, maxUsd } = route.cost.value;
      if (minUsd !== undefined && maxUsd !== undefined) expect(minUsd).toBeLessThanOrEqual(maxUsd);
    }
  });

  it("points only at known credentials", () => {
    for (const route of TRAINING_ROUTES) for (const c of route.credentials) expect(isCredentialCode(c)).toBe(true);
  });

  it("lists the eight program criteria with unique keys and a reason each", () => {
    expect(PROGRAM_CRITERIA).toHaveLength(8);
    expect(new Set(PROGRAM_CRITERIA.map((c) => c.key)).size).toBe(8);
    for (const c of PROGRAM_CRITERIA) expect(c.why.length).toBeGreaterThan(10);
  });
});
