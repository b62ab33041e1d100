import { describe, expect, it } from "vitest";
import { CAREER_PATH_CODES } from "@/lib/content/career-paths";
import { CPC_A_REMOVAL_ROUTES, CREDENTIALS, credentialsForPath, getCredential, isCredentialCode } from "@/lib/content/credentials";

describe("credentials", () => {
  it("has no duplicate codes", () => {
    expect(new Set(CREDENTIALS.map((c) => c.code)).size).toBe(CREDENTIALS.length);
  });

  it("serves only valid paths, at least one each", () => {
    for (const c of CREDENTIALS) {
      expect(c.paths.length).toBeGreaterThan(0);
      for (const p of c.paths) expect(CAREER_PATH_CODES).toContain(p);
    }
  });

  it("getCredential finds known codes and throws on unknown ones", () => {
    expect(getCredential("CPC").body).toBe("AAPC");
    expect(() => getCredential("XYZ")).toThrow(/Unknown credential/);
    expect(isCredentialCode("CCS-P")).toBe(true);
    expect(isCredentialCode("COC-A")).toBe(false);
  });

  it("records the CPC exam format as confirmed", () => {
    const exam = getCredential("CPC").exam;
    expect(exam?.confidence).toBe("confirmed");
    expect(exam?.value).toMatchObject({ questions: 100, minutes: 240, openBook: true, passingPercent: 70 });
  });

  it("flags the CPB question count and fees as uncertain", () => {
    expect(getCredential("CPB").exam?.confidence).toBe("uncertain");
    expect(getCredential("CPC").fee?.confidence).toBe("uncertain");
    expect(getCredential("CCA").fee?.confidence).toBe("uncertain");
  });

  it("links apprentice statuses and CPC-A removal routes", () => {
    expect(getCredential("CPC").apprenticeCode).toBe("CPC-A");
    expect(getCredential("COC").apprenticeCode).toBe("COC-A");
    const cpcA = getCredential("CPC-A");
    expect(cpcA.isApprenticeStatus).toBe(true);
    expect(cpcA.apprenticeRemoval).toBe(CPC_A_REMOVAL_ROUTES);
    expect(CPC_A_REMOVAL_ROUTES.value).toHaveLength(3);
    expect(CREDENTIALS.filter((c) => c.isApprenticeStatus).map((c) => c.code)).toEqual(["CPC-A"]);
  });

  it("filters by path", () => {
    const billing = credentialsForPath("BILLING").map((c) => c.code);
    expect(billing).toContain("CPB");
    expect(billing).not.toContain("CIC");
    expect(credentialsForPath("CODING").map((c) => c.code)).toContain("CPC");
  });
});
