// Issue 13 (c): a persona's 30-60-90 plan adapts to what is already decided.
import { describe, expect, it } from "vitest";
import { MILESTONE_TEMPLATES } from "@/lib/content/plan-templates";
import { generatePlan } from "@/lib/domain/plan";
import { PERSONAS, type CareerPath } from "@/lib/domain/types";

const actions = (persona: (typeof PERSONAS)[number], path: CareerPath) => {
  const r = generatePlan({
    path,
    credentialCode: path === "BILLING" ? "CPB" : "CPC",
    routeMonths: { min: 9, max: 12 },
    startDate: "2026-12-01",
    weeklyHours: 10,
    persona,
  });
  if (!r.ok) throw new Error("invalid");
  return r.value.thirtySixtyNinety.flatMap((b) => b.actions);
};

describe("30-60-90 follows what is decided", () => {
  it.each(PERSONAS)("%s: a plan with a path never asks to choose one", (persona) => {
    for (const path of ["CODING", "BILLING"] as const) {
      expect(actions(persona, path).join(" | ")).not.toMatch(/choose coding or billing/i);
      expect(actions(persona, path).length).toBeGreaterThan(0);
    }
  });
  it("anatomy & physiology appears for a path exactly when the plan's milestones have it", () => {
    for (const path of ["CODING", "BILLING"] as const) {
      const inPlan = MILESTONE_TEMPLATES.some((t) => t.id === "anatomy-physiology" && t.paths.includes(path));
      expect(actions("CAREER_CHANGER", path).some((a) => /anatomy & physiology/.test(a))).toBe(inPlan);
    }
  });
});
