import { describe, expect, it } from "vitest";
import { AAPC_CEUS_BY_COUNT, AHIMA_CEU_RULE, CPC_APPRENTICE_RULE } from "@/lib/content/ceu-rules";
import { EXAM_SPECS, examSpecFor, realExamPace } from "@/lib/content/exam-specs";
import { GROWTH_GOALS, goalsFor } from "@/lib/content/growth-goals";
import { MILESTONE_TEMPLATES, PHASES } from "@/lib/content/plan-templates";
import { THIRTY_SIXTY_NINETY } from "@/lib/content/thirty-sixty-ninety";
import { PERSONAS, PHASE_KEYS } from "@/lib/domain/types";

describe("exam specs", () => {
  it("CPC: 100 questions in 240 minutes is 2.4 min/question, pass 70%, confirmed", () => {
    const cpc = examSpecFor("CPC")!;
    expect(realExamPace(cpc)).toBe(2.4);
    expect(cpc.passingPercent?.value).toBe(70);
    expect(cpc.questions.confidence).toBe("confirmed");
    expect(cpc.questions.source.url).toMatch(/^https:\/\/www\.aapc\.com\//);
  });
  it("marks the disputed CPB question count and the CCS format as uncertain", () => {
    expect(EXAM_SPECS.CPB?.questions).toMatchObject({ value: 135, confidence: "uncertain" });
    expect(EXAM_SPECS.CCS?.questions.confidence).toBe("uncertain");
    expect(EXAM_SPECS.CCA).toMatchObject({ questions: { value: 105 }, minutes: { value: 120 }, passingPercent: null });
  });
  it("has a sourced spec for every listed credential and nothing for unknown codes", () => {
    for (const code of ["CPC", "COC", "CRC", "CIC", "CPB", "CPMA", "CCA", "CCS"]) {
      const spec = examSpecFor(code)!;
      expect(spec.code).toBe(code);
      expect(spec.questions.value).toBeGreaterThan(0);
      expect(spec.minutes.source.url).toMatch(/^https:\/\//);
    }
    expect(examSpecFor("toString")).toBeUndefined();
    expect(examSpecFor("XYZ")).toBeUndefined();
  });
});

describe("CEU and apprentice rules", () => {
  it("carry the figures from REFERENCE.md with sources", () => {
    expect(AAPC_CEUS_BY_COUNT.value).toEqual([36, 40, 44, 48, 52]);
    expect(AHIMA_CEU_RULE.value).toMatchObject({ perExtraCredential: 10, maximum: 50, cycleYears: 2, base: { RHIA: 30, CCA: 20 } });
    expect(CPC_APPRENTICE_RULE.value).toEqual({
      experienceMonthsAlone: 24,
      experienceMonthsWithCourse: 12,
      courseContactHours: 80,
      practicodeCases: 600,
      practicodeMinScore: 70,
    });
    for (const f of [AAPC_CEUS_BY_COUNT, AHIMA_CEU_RULE, CPC_APPRENTICE_RULE]) expect(f.source.url).toMatch(/^https:\/\//);
  });
});

describe("plan templates", () => {
  it("cover the four phases in order, with positions inside 0..1 and unique ids", () => {
    expect(PHASES.map((p) => p.key)).toEqual([...PHASE_KEYS]);
    expect(PHASES.map((p) => p.guideMonths)).toEqual(["1–3", "4–6", "7–9", "10–12"]);
    expect(new Set(MILESTONE_TEMPLATES.map((t) => t.id)).size).toBe(MILESTONE_TEMPLATES.length);
    for (const t of MILESTONE_TEMPLATES) {
      expect(t.at).toBeGreaterThanOrEqual(0);
      expect(t.at).toBeLessThanOrEqual(1);
      expect(t.paths.length).toBeGreaterThan(0);
    }
    for (const path of ["CODING", "BILLING"] as const) {
      for (const phase of PHASE_KEYS) {
        expect(
          MILESTONE_TEMPLATES.some((t) => t.phase === phase && t.paths.includes(path)),
          `${path} ${phase}`,
        ).toBe(true);
      }
    }
  });
  it("never reproduces CPT descriptors (no five-digit CPT codes at all)", () => {
    const text = MILESTONE_TEMPLATES.map((t) => `${t.title} ${t.description}`).join(" ");
    expect(text).not.toMatch(/\b\d{5}\b/);
  });
});

describe("30-60-90 plans and growth goals", () => {
  it("have a three-block plan for every persona", () => {
    expect(THIRTY_SIXTY_NINETY.map((p) => p.persona).sort()).toEqual([...PERSONAS].sort());
    for (const p of THIRTY_SIXTY_NINETY) {
      expect(p.blocks).toHaveLength(3);
      for (const block of p.blocks) expect(block.length).toBeGreaterThanOrEqual(2);
    }
  });
  it("have short- and long-term goals for both paths with unique ids", () => {
    expect(new Set(GROWTH_GOALS.map((g) => g.id)).size).toBe(GROWTH_GOALS.length);
    for (const path of ["CODING", "BILLING"] as const) {
      expect(goalsFor(path, "SHORT_TERM").length).toBeGreaterThan(0);
      expect(goalsFor(path, "LONG_TERM").length).toBeGreaterThan(0);
    }
    const coding = goalsFor("CODING")
      .map((g) => g.title)
      .join(" ");
    expect(coding).toMatch(/apprentice/i);
    expect(coding).toMatch(/EHR/);
    expect(
      goalsFor("CODING")
        .map((g) => g.description)
        .join(" "),
    ).toMatch(/COC.*CRC/);
    expect(
      goalsFor("BILLING")
        .map((g) => g.title)
        .join(" "),
    ).toMatch(/Reimbursement analyst.*manager.*Compliance/s);
  });
});
