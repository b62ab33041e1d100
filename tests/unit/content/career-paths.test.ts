import { describe, expect, it } from "vitest";
import { CAREER_PATHS, CAREER_PATH_CODES, CODE_SETS, OVERLAP, getCodeSet } from "@/lib/content/career-paths";

describe("career paths", () => {
  it("has exactly CODING and BILLING, keyed by their own code", () => {
    expect(Object.keys(CAREER_PATHS).sort()).toEqual(["BILLING", "CODING"]);
    for (const code of CAREER_PATH_CODES) expect(CAREER_PATHS[code].code).toBe(code);
  });

  it("gives 4–6 daily-work bullets and only known code sets", () => {
    const known = new Set(CODE_SETS.map((s) => s.code));
    for (const path of Object.values(CAREER_PATHS)) {
      expect(path.dailyWork.length).toBeGreaterThanOrEqual(4);
      expect(path.dailyWork.length).toBeLessThanOrEqual(6);
      for (const set of path.codeSets) expect(known.has(set)).toBe(true);
    }
  });

  it("says coding usually needs certification and billing sometimes does not", () => {
    expect(CAREER_PATHS.CODING.certificationBeforeHire).toBe("almost-always");
    expect(CAREER_PATHS.BILLING.certificationBeforeHire).toBe("sometimes-not-needed");
  });

  it("has unique overlap keys and code-set codes", () => {
    expect(new Set(OVERLAP.map((o) => o.key)).size).toBe(OVERLAP.length);
    expect(new Set(CODE_SETS.map((s) => s.code)).size).toBe(CODE_SETS.length);
  });
});

describe("code sets", () => {
  it("shows CPT examples only as paraphrases (AMA copyright)", () => {
    const cpt = getCodeSet("CPT");
    expect(cpt.copyrightedDescriptors).toBe(true);
    for (const example of cpt.examples) expect(example.value.isParaphrase).toBe(true);
  });

  it("marks S83.2- as not billable as written and E11.40 as billable", () => {
    const examples = getCodeSet("ICD-10-CM").examples.map((e) => e.value);
    expect(examples.find((e) => e.code === "S83.2-")?.billable).toBe(false);
    expect(examples.find((e) => e.code === "E11.40")?.billable).toBe(true);
  });

  it("names the owner of each set", () => {
    expect(getCodeSet("ICD-10-CM").owner.value).toMatch(/NCHS/);
    expect(getCodeSet("CPT").owner.value).toMatch(/AMA/);
    expect(getCodeSet("HCPCS-II").owner.value).toMatch(/CMS/);
  });
});
