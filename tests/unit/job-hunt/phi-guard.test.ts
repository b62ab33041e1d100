import { describe, expect, it } from "vitest";
import { detectPhi, maskIdentifier, needsPhiConfirmation } from "@/lib/domain/phi-guard";
import { BILLER_POSTING, BILLER_RESUME, CODER_POSTING, CODER_RESUME } from "./postings";

const kinds = (text: string) => detectPhi(text).map((f) => f.kind);

describe("detectPhi: likely patient identifiers", () => {
  it.each([
    ["SSN 123-45-6789 on file", "SSN"],
    ["Social Security number: 123456789", "SSN"],
    ["pt ssn 219 09 9999", "SSN"],
    ["ID was 078-05-1120 in the note", "SSN"],
    ["MRN: 00483921", "MRN"],
    ["Medical record number 4589-2210", "MRN"],
    ["MR# A1234567", "MRN"],
    ["Patient ID: 55120934", "MRN"],
    ["DOB: 03/14/1962", "DOB"],
    ["date of birth 1962-03-14", "DOB"],
    ["D.O.B. March 14, 1962", "DOB"],
    ["Patient John Smith, 03/14/1962, seen for follow-up", "DOB"],
    ["Mrs. Garcia DOS 2/3/24", "DOB"],
    ["Patient: Maria Lopez", "PATIENT_NAME"],
    ["MBI 1EG4-TE5-MK73 was termed", "MEDICARE_ID"],
    ["1EG4TE5MK73", "MEDICARE_ID"],
    ["Medicare ID: 123456789A", "MEDICARE_ID"],
    ["Member ID: XJH884512093", "MEMBER_ID"],
    ["policy number 99812-331", "MEMBER_ID"],
    ["Patient account # 7741203", "ACCOUNT_NUMBER"],
    ["Call her at (312) 555-0187", "PHONE"],
    ["cell 312.555.0187", "PHONE"],
    ["+1 312-555-0187", "PHONE"],
    ["email maria.lopez@example.com", "EMAIL"],
  ])("%s → %s", (text, kind) => {
    expect(kinds(text)).toEqual([kind]);
  });

  it("masks the excerpt and reports where the finding is", () => {
    const text = "Notes: MRN 00483921 and DOB 03/14/1962.";
    const [mrn, dob] = detectPhi(text);
    expect(mrn).toMatchObject({ kind: "MRN", excerpt: "MRN ••••••21", index: 7, severity: "high" });
    expect(dob?.excerpt).toBe("DOB ••/••/••62");
    expect(text.slice(mrn?.index, (mrn?.index ?? 0) + (mrn?.length ?? 0))).toBe("MRN 00483921");
    expect(detectPhi("Patient: Maria Lopez")[0]?.excerpt).toBe("Patient: M•••• L••••");
    expect(detectPhi("maria.lopez@example.com")[0]?.excerpt).toBe("m••••••••••@example.com");
    expect(JSON.stringify(detectPhi("SSN 123-45-6789"))).not.toContain("123-45");
  });

  it("finds several identifiers in a pasted note and requires confirmation", () => {
    const note = "Pt: Robert Chen\nDOB 7/4/1955  MRN 77120045\nSSN 321-54-9876, phone 217-555-0134";
    const found = detectPhi(note);
    expect(found.map((f) => f.kind)).toEqual(["PATIENT_NAME", "DOB", "MRN", "SSN", "PHONE"]);
    expect(needsPhiConfirmation(found)).toBe(true);
  });
});

describe("detectPhi: ordinary career text stays quiet", () => {
  it.each([
    "CPC-A, passed the CPC exam on 03/15/2024",
    "Coded E11.40, S83.209A and Z79.4 with ICD-10-CM",
    "CPT 99213, 29881 and HCPCS J1100",
    "AAPC survey: certified $55,923; non-certified $42,015",
    "Salary $21–$26/hour, $48,000 - $56,000 a year",
    "Customer Service Lead, 2018–2024; Billing Assistant 01/2022 – present",
    "Reduced A/R over 90 days by 18% and cut denials from 12% to 7%",
    "Verified MRN, DOB and member ID before registration",
    "NPI 1234567893 and Tax ID 12-3456789",
    "ZIP 43215-1234",
    "Patient Access Representative, 01/15/2022 – 03/01/2024",
    "Patient Account Representative at Mercy Health",
    "Name: Jordan Rivera",
    "Completed 120 charts at 96% accuracy; 2.4 minutes per question",
    "ICD-10-CM effective October 1, 2024",
  ])("%s", (text) => {
    expect(detectPhi(text)).toEqual([]);
  });

  it("flags only the learner's own contact details in the sample resumes, as 'review'", () => {
    for (const resume of [CODER_RESUME, BILLER_RESUME]) {
      const found = detectPhi(resume);
      expect(found.map((f) => f.kind).sort()).toEqual(["EMAIL", "PHONE"]);
      expect(needsPhiConfirmation(found)).toBe(false);
    }
    expect(detectPhi(CODER_POSTING)).toEqual([]);
    expect(detectPhi(BILLER_POSTING)).toEqual([]);
  });

  it("ignores values the caller knows are the learner's own", () => {
    expect(detectPhi(CODER_RESUME, { ignore: ["jordan.rivera@example.com", "614-555-0142"] })).toEqual([]);
  });

  it("does not flag invalid SSNs", () => {
    expect(detectPhi("000-12-3456 666-12-3456 912-34-5678 123-00-4567 123-45-0000")).toEqual([]);
  });
});

describe("maskIdentifier", () => {
  it("keeps labels and the last two identifying characters", () => {
    expect(maskIdentifier("MRN: AB123456")).toBe("MRN: ••••••56");
    expect(maskIdentifier("1EG4-TE5-MK73")).toBe("••••-•••-••73");
  });
});
