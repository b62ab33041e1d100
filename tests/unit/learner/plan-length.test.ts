// Issue 13 (a): for every training route × weekly hours the plan form accepts, the plan's
// length stays inside the route's own duration range and the plan says how hours set it.
import { describe, expect, it } from "vitest";
import { TRAINING_ROUTES } from "@/lib/content/training-routes";
import { addDays, addMonths } from "@/lib/domain/dates";
import { generatePlan } from "@/lib/domain/plan";

const START_DATES = ["2026-12-01", "2024-01-31", "2024-02-29", "2025-07-15"];
// The form's whole range (1–80 h), in quarter hours.
const HOURS = Array.from({ length: (80 - 1) * 4 + 1 }, (_, i) => 1 + i / 4);

describe("plan length stays inside the chosen route's range", () => {
  for (const route of TRAINING_ROUTES) {
    const { min, max } = route.durationMonths.value;
    it(`${route.code} (${min}–${max} months) at every weekly-hours value`, () => {
      for (const startDate of START_DATES) {
        for (const weeklyHours of HOURS) {
          const r = generatePlan({
            path: "CODING",
            credentialCode: "CPC",
            routeMonths: route.durationMonths.value,
            startDate,
            weeklyHours,
            persona: "OTHER",
          });
          if (!r.ok) throw new Error(`${route.code} ${weeklyHours}: ${JSON.stringify(r.errors)}`);
          const p = r.value;
          const where = `${route.code} ${startDate} ${weeklyHours} h`;
          expect(p.totalMonths >= min && p.totalMonths <= max, where).toBe(true);
          expect(p.endDate >= addDays(addMonths(startDate, min), -1), where).toBe(true);
          expect(p.endDate <= addDays(addMonths(startDate, max), -1), where).toBe(true);
          expect(p.notes[0], where).toContain(`${p.totalMonths} month`);
          expect(p.notes[0], where).toMatch(min === max ? /fixed length/ : new RegExp(`${min}–${max}`));
        }
      }
    });
  }

  it("fewer weekly hours never give a shorter plan", () => {
    for (const route of TRAINING_ROUTES) {
      let previous = Infinity;
      for (const weeklyHours of HOURS) {
        const r = generatePlan({
          path: "CODING",
          credentialCode: "CPC",
          routeMonths: route.durationMonths.value,
          startDate: "2026-12-01",
          weeklyHours,
          persona: "OTHER",
        });
        if (!r.ok) throw new Error("invalid");
        expect(r.value.totalMonths).toBeLessThanOrEqual(previous);
        previous = r.value.totalMonths;
      }
    }
  });
});
