import { describe, expect, it } from "vitest";
import { credentialDisplay, fillHeadline, LINKEDIN_HEADLINE_MAX, suggestLinkedIn } from "@/lib/domain/linkedin";
import { BILLER_RESUME, CODER_RESUME } from "./postings";

describe("credentialDisplay", () => {
  it("shows the apprentice designation and study status", () => {
    expect(credentialDisplay({ code: "CPC", stage: "apprentice" })).toBe("CPC-A");
    expect(credentialDisplay({ code: "cpc-a", stage: "apprentice" })).toBe("CPC-A");
    expect(credentialDisplay({ code: "CCS", stage: "certified" })).toBe("CCS");
    expect(credentialDisplay({ code: "CPC", stage: "scheduled" })).toBe("CPC exam scheduled");
    expect(credentialDisplay({ code: "CPB", stage: "studying" })).toBe("CPB candidate");
    expect(credentialDisplay({ code: "CPC", stage: "none" })).toBe("");
    expect(credentialDisplay(undefined)).toBe("");
  });
});

describe("suggestLinkedIn", () => {
  it("suggests in-training coder headlines from the vocabulary", () => {
    const s = suggestLinkedIn({ path: "CODING", credential: { code: "CPC", stage: "scheduled" }, resumeText: CODER_RESUME });
    expect(s.headlines[0]).toBe("Medical Coder in Training | CPC exam scheduled | ICD-10-CM · CPT · HCPCS Level II");
    expect(s.notes.join(" ")).toContain("CPC-A");
  });
  it("uses credentialed templates for a CPC-A", () => {
    const s = suggestLinkedIn({ path: "CODING", credential: { code: "CPC", stage: "apprentice" }, resumeText: CODER_RESUME });
    expect(s.headlines).toContain("Junior Coder (CPC-A) | ICD-10-CM · CPT · HCPCS Level II");
    expect(s.notes.join(" ")).toContain("Add CPC-A under Licenses & certifications");
  });
  it("suggests Revenue Cycle Specialist headlines and billing skills for a biller", () => {
    const s = suggestLinkedIn({ path: "BILLING", credential: { code: "CBCS", stage: "certified" }, resumeText: BILLER_RESUME });
    expect(s.headlines[0]).toBe("Revenue Cycle Specialist | CBCS | Denials management · A/R follow-up · Payment posting");
    const labels = s.skills.map((k) => k.label);
    expect(labels).toContain("A/R aging");
    expect(labels).not.toContain("CBCS"); // credentials go under Licenses & certifications
    expect(s.skills.every((k) => k.inResume)).toBe(true);
  });
  it("drops empty segments and falls back to core skills without a resume", () => {
    const s = suggestLinkedIn({ path: "BILLING" });
    expect(s.headlines[0]).toBe("Medical Billing Specialist in Training | Claims submission · Denials management · A/R follow-up");
    expect(s.skills.length).toBeGreaterThan(0);
    expect(s.skills.every((k) => !k.inResume)).toBe(true);
    expect(s.notes.join(" ")).toMatch(/not on your resume yet/);
  });
  it("puts resume skills on the path before soft skills and respects maxSkills", () => {
    const s = suggestLinkedIn({ path: "CODING", resumeText: CODER_RESUME, maxSkills: 5 });
    expect(s.skills).toHaveLength(5);
    expect(s.skills.every((k) => k.inResume)).toBe(true);
    expect(s.skills.map((k) => k.id)).not.toContain("attention-to-detail");
  });
});

describe("fillHeadline", () => {
  it("keeps headlines within LinkedIn's limit by dropping skills first", () => {
    const long = Array.from({ length: 3 }, (_, i) => `Skill ${i} ${"x".repeat(80)}`);
    const h = fillHeadline("Medical Coder | {credential} | {skills}", "CPC", long);
    expect(h.length).toBeLessThanOrEqual(LINKEDIN_HEADLINE_MAX);
    expect(h.startsWith("Medical Coder | CPC | Skill 0")).toBe(true);
  });
  it("removes an empty '( )' placeholder", () => {
    expect(fillHeadline("Junior Coder ({credential}) | {skills}", "", ["CPT"])).toBe("Junior Coder | CPT");
  });
});
