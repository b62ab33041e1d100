// Issue 13 facts: the demo exercise codes diabetic peripheral neuropathy as the index does, the
// plan does not tell AHIMA learners to "score 70%", SOC 29-2072 is not sold as covering billing,
// no shown pay figure is undated, and CPMA's 16 auditing CEUs are part of its requirement.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as laborMarket from "@/lib/content/labor-market";
import { UNDATED } from "@/lib/content/format-fact";
import { ceuRequirement } from "@/lib/domain/ceu";
import { generatePlan, type PlanInput } from "@/lib/domain/plan";

const base: PlanInput = {
  path: "CODING",
  credentialCode: "CPC",
  routeMonths: { min: 12, max: 12 },
  startDate: "2026-01-05",
  weeklyHours: 10,
  persona: "CAREER_CHANGER",
};
const secondExam = (credentialCode: string) => {
  const r = generatePlan({ ...base, credentialCode });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value.milestones.find((m) => m.key === "EXAM_PREP:second-exam");
};

describe("issue 13 facts", () => {
  it("the demo portfolio exercise codes diabetic peripheral neuropathy as E11.42, not E11.40", () => {
    const seed = readFileSync("prisma/seed/job-hunt.ts", "utf8");
    const exercise = seed.split("\n").find((l) => l.includes("peripheral neuropathy")) ?? "";
    expect(exercise).toMatch(/Diagnosis: E11\.42/);
    expect(exercise).not.toMatch(/Diagnosis: E11\.40/);
  });
  it("the plan's practice-score bar is 70% for AAPC exams and no percentage for AHIMA's scaled scores", () => {
    expect(secondExam("CPC")?.title).toContain("70% or better");
    for (const code of ["CCA", "CCS"]) {
      const m = secondExam(code);
      expect(m?.title, code).not.toMatch(/\d+%/);
      expect(m?.description, code).toMatch(/scaled score \(100–400; 300 or higher passes\)/);
    }
  });
  it("SOC 29-2072 is not said to cover billing roles; billing clerks are SOC 43-3021", () => {
    const landing = readFileSync("lib/ui/landing/market-figures.tsx", "utf8");
    expect(landing).not.toMatch(/many billing roles/);
    expect(laborMarket.SOC_SCOPE.value).toMatch(/43-3021/);
    expect(laborMarket.SOC_SCOPE.asOf).not.toBe(UNDATED);
  });
  it("every labor-market figure carries a dated source", () => {
    const facts = Object.values(laborMarket).flatMap((v) =>
      v && typeof v === "object" && "asOf" in v ? [v] : Object.values(v ?? {}).filter((x) => x && typeof x === "object" && "asOf" in x),
    );
    expect(facts.length).toBeGreaterThan(5);
    for (const f of facts as { asOf: string; source: { label: string } }[]) expect(f.asOf, f.source.label).not.toBe(UNDATED);
    expect("ENTRY_LEVEL_PAY" in laborMarket).toBe(false);
  });
  it("CPMA's requirement includes its 16 auditing CEUs", () => {
    const r = ceuRequirement("AAPC", ["CPC", "CPMA"]);
    if (!r.ok) throw new Error("expected ok");
    expect(r.value.required).toBe(40);
    expect(r.value.topics).toEqual([{ credential: "CPMA", ceus: 16, topic: "auditing" }]);
    expect(r.value.explanation).toMatch(/16 must be auditing CEUs \(CPMA\)/);
  });
});
