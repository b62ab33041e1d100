import { describe, expect, it } from "vitest";
import { addDays, diffDays, isValidIsoDate } from "@/lib/domain/dates";
import { generatePlan, phaseMonths, type Plan, type PlanInput } from "@/lib/domain/plan";
import { PERSONAS } from "@/lib/domain/types";

const base: PlanInput = {
  path: "CODING",
  credentialCode: "CPC",
  routeMonths: { min: 12, max: 12 },
  startDate: "2025-01-01",
  weeklyHours: 10,
  persona: "CAREER_CHANGER",
};

function plan(overrides: Partial<PlanInput> = {}): Plan {
  const r = generatePlan({ ...base, ...overrides });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

function phaseDates(p: Plan): [string, string][] {
  return p.phases.map((ph) => [ph.startDate, ph.endDate]);
}

/** Phases are back to back, and every milestone falls inside its own phase. */
function expectConsistent(p: Plan): void {
  p.phases.forEach((ph, i) => {
    expect(ph.startDate <= ph.endDate).toBe(true);
    const next = p.phases[i + 1];
    if (next) expect(addDays(ph.endDate, 1)).toBe(next.startDate);
  });
  expect(p.phases[0]?.startDate).toBe(p.startDate);
  for (const m of p.milestones) {
    const ph = p.phases.find((x) => x.key === m.phase)!;
    expect(isValidIsoDate(m.dueDate)).toBe(true);
    expect(m.dueDate >= ph.startDate && m.dueDate <= ph.endDate, m.key).toBe(true);
  }
  const dates = p.milestones.map((m) => m.dueDate);
  expect([...dates].sort()).toEqual(dates);
  expect(new Set(p.milestones.map((m) => m.key)).size).toBe(p.milestones.length);
}

describe("generatePlan: the guide's 12 months", () => {
  it("maps months 1–3/4–6/7–9/10–12 onto calendar quarters", () => {
    const p = plan();
    expect(phaseDates(p)).toEqual([
      ["2025-01-01", "2025-03-31"],
      ["2025-04-01", "2025-06-30"],
      ["2025-07-01", "2025-09-30"],
      ["2025-10-01", "2025-12-31"],
    ]);
    expect(p.phases.map((ph) => ph.key)).toEqual(["FOUNDATION", "CORE_SKILLS", "EXAM_PREP", "JOB_HUNT"]);
    expect(p.totalMonths).toBe(12);
    expect(p.endDate).toBe("2025-12-31");
    expect(p.notes).toEqual(["10 h/week: 12 months, this route's fixed length."]);
    expectConsistent(p);
  });

  it("dates concrete milestones from the guide with stable keys", () => {
    const p = plan();
    const keys = p.milestones.map((m) => m.key);
    expect(keys).toContain("FOUNDATION:anatomy-physiology");
    expect(keys).toContain("CORE_SKILLS:icd10cm-guidelines");
    expect(keys).toContain("CORE_SKILLS:cpt-conventions");
    expect(keys).toContain("CORE_SKILLS:hcpcs-level-ii");
    expect(keys).toContain("JOB_HUNT:resume-keywords");
    expect(keys).not.toContain("CORE_SKILLS:claims-lifecycle");
    expect(keys).not.toContain("CORE_SKILLS:icd10pcs"); // CPC is outpatient professional-fee
    expect(p.milestones.find((m) => m.key === "FOUNDATION:enroll")?.dueDate).toBe("2025-01-01");
    expect(p.milestones.find((m) => m.key === "EXAM_PREP:schedule-exam")?.title).toBe("Schedule the CPC exam");
    expect(p.targetExamDate).toBe("2025-09-30");
    expect(new Set(p.milestones.map((m) => m.kind))).toEqual(new Set(["LEARN", "PRACTICE", "EXAM", "JOB"]));
  });

  it("is deterministic", () => {
    expect(plan()).toEqual(plan());
  });

  it("gives billers billing milestones and inpatient credentials ICD-10-PCS", () => {
    const billing = plan({ path: "BILLING", credentialCode: "CPB" });
    const keys = billing.milestones.map((m) => m.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        "CORE_SKILLS:claims-lifecycle",
        "CORE_SKILLS:denials-appeals",
        "CORE_SKILLS:payments-ar",
        "JOB_HUNT:apply-entry-billing",
      ]),
    );
    expect(keys).not.toContain("CORE_SKILLS:icd10cm-guidelines");
    expect(keys).not.toContain("JOB_HUNT:apply-entry-coding");
    expect(plan({ credentialCode: "CCS" }).milestones.map((m) => m.key)).toContain("CORE_SKILLS:icd10pcs");
  });
});

describe("generatePlan: route length", () => {
  it("compresses a 4-month route to a month per phase", () => {
    const p = plan({ routeMonths: { min: 4, max: 4 } });
    expect(phaseDates(p)).toEqual([
      ["2025-01-01", "2025-01-31"],
      ["2025-02-01", "2025-02-28"],
      ["2025-03-01", "2025-03-31"],
      ["2025-04-01", "2025-04-30"],
    ]);
    expectConsistent(p);
  });

  it("refuses a route shorter than the four phases' 4 months instead of planning past it", () => {
    const r = generatePlan({ ...base, routeMonths: { min: 2, max: 2 } });
    expect(r.ok).toBe(false);
  });

  it("stretches a 2-year route: coursework grows, exam prep and job hunt keep the guide's 3 months", () => {
    const p = plan({ routeMonths: { min: 24, max: 24 }, startDate: "2025-09-01", credentialCode: "CCA" });
    expect(phaseMonths(24)).toEqual([9, 9, 3, 3]);
    expect(phaseDates(p)).toEqual([
      ["2025-09-01", "2026-05-31"],
      ["2026-06-01", "2027-02-28"],
      ["2027-03-01", "2027-05-31"],
      ["2027-06-01", "2027-08-31"],
    ]);
    expect(p.targetExamDate).toBe("2027-05-31");
    expectConsistent(p);
  });

  it("splits a 9-month certificate evenly with fractional months, back to back", () => {
    const p = plan({ routeMonths: { min: 9, max: 9 } });
    expect(p.phases.map((ph) => ph.months)).toEqual([2.25, 2.25, 2.25, 2.25]);
    expect(p.endDate).toBe("2025-09-30");
    expectConsistent(p);
  });

  it("is continuous at 12 months", () => {
    expect(phaseMonths(12)).toEqual([3, 3, 3, 3]);
    const [f, c, e, j] = phaseMonths(12.2);
    expect([e, j]).toEqual([3, 3]);
    expect(f! + c! + e! + j!).toBeCloseTo(12.2);
  });

  it("handles a Feb 29 start in a leap year", () => {
    const p = plan({ startDate: "2024-02-29" });
    expect(p.phases[1]?.startDate).toBe("2024-05-29");
    expect(p.endDate).toBe("2025-02-27"); // 12 months on is 2025-02-28 (clamped), the plan ends the day before
    expectConsistent(p);
    const short = plan({ startDate: "2024-01-31", routeMonths: { min: 4, max: 4 } });
    expect(short.phases[0]?.endDate).toBe("2024-02-28"); // Jan 31 + 1 month clamps to Feb 29
    expectConsistent(short);
  });
});

describe("generatePlan: weekly hours", () => {
  const selfPaced = { min: 4, max: 12 };
  it("chooses a length inside the route's range and says how hours changed it (issue 13: 8 h/week was 15 months)", () => {
    const p = plan({ routeMonths: selfPaced, startDate: "2026-12-01", weeklyHours: 8 });
    expect(p.totalMonths).toBe(10);
    expect(p.endDate).toBe("2027-09-30");
    expect(p.notes[0]).toBe("8 h/week: 10 months, within this route's 4–12.");
  });
  it("fewer hours move toward the long end, never past it, and say the pace is too slow", () => {
    expect(plan({ routeMonths: selfPaced, weeklyHours: 7 }).totalMonths).toBe(11);
    const p = plan({ routeMonths: selfPaced, weeklyHours: 1 });
    expect(p.totalMonths).toBe(12);
    expect(p.notes[0]).toMatch(/^1 h\/week: 12 months, the longest of this route's 4–12; .*about 80 months.*more weekly hours/);
  });
  it("more hours move toward the short end, never below it", () => {
    expect(plan({ routeMonths: selfPaced, weeklyHours: 20 }).totalMonths).toBe(4);
    expect(plan({ routeMonths: selfPaced, weeklyHours: 40 }).notes[0]).toBe("40 h/week: 4 months, the shortest of this route's 4–12.");
  });
  it("keeps a fixed-length route's length whatever the hours", () => {
    expect(plan({ weeklyHours: 5 }).totalMonths).toBe(12);
    expect(plan({ weeklyHours: 5 }).notes[0]).toMatch(/fixed length; at this pace .*about 24 months/);
    expect(plan({ weeklyHours: 40 }).totalMonths).toBe(12);
  });
});

describe("generatePlan: 30-60-90", () => {
  it("dates three 30-day blocks for every persona", () => {
    for (const persona of PERSONAS) {
      const blocks = plan({ persona, startDate: "2024-02-01" }).thirtySixtyNinety;
      expect(blocks.map((b) => b.label)).toEqual(["Days 1–30", "Days 31–60", "Days 61–90"]);
      expect(blocks.map((b) => [b.startDate, b.endDate])).toEqual([
        ["2024-02-01", "2024-03-01"],
        ["2024-03-02", "2024-03-31"],
        ["2024-04-01", "2024-04-30"],
      ]);
      for (const b of blocks) {
        expect(b.actions.length).toBeGreaterThan(0);
        expect(diffDays(b.startDate, b.endDate)).toBe(29);
      }
    }
  });
  it("gives the military veteran veteran-specific actions", () => {
    const text = plan({ persona: "MILITARY_VETERAN" })
      .thirtySixtyNinety.flatMap((b) => b.actions)
      .join(" ");
    expect(text).toMatch(/GI Bill/);
  });
});

describe("generatePlan: invalid input", () => {
  const cases: [Partial<Record<keyof PlanInput, unknown>>, string][] = [
    [{ path: "NURSING" }, "path"],
    [{ credentialCode: "" }, "credentialCode"],
    [{ credentialCode: "<script>" }, "credentialCode"],
    [{ routeMonths: 12 }, "routeMonths"],
    [{ routeMonths: { min: 0, max: 12 } }, "routeMonths"],
    [{ routeMonths: { min: 12, max: 4 } }, "routeMonths"],
    [{ routeMonths: { min: Number.NaN, max: 12 } }, "routeMonths"],
    [{ routeMonths: { min: 4, max: 1000 } }, "routeMonths"],
    [{ startDate: "2023-02-29" }, "startDate"],
    [{ startDate: "next week" }, "startDate"],
    [{ weeklyHours: 0 }, "weeklyHours"],
    [{ weeklyHours: -5 }, "weeklyHours"],
    [{ weeklyHours: 200 }, "weeklyHours"],
    [{ persona: "ASTRONAUT" }, "persona"],
  ];
  it.each(cases)("rejects %j on field %s", (override, field) => {
    const r = generatePlan({ ...base, ...override } as PlanInput);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.field)).toEqual([field]);
  });
  it("reports every bad field at once", () => {
    const r = generatePlan({} as PlanInput);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toHaveLength(6);
  });
});
