// What AAPC accepts as experience for removing apprentice status (CPC-A, COC-A…), and how
// Chartpath turns a learner's logged jobs and externships into "qualifying months".
// AAPC's pages state the evidence (letters with start and end dates, on letterhead, signed)
// but say nothing about part-time work or overlapping jobs: the counting rule is Chartpath's
// own, chosen to under- rather than over-state progress, and says so where it is shown.
import { fact, type Fact } from "@/lib/content/fact";

const AAPC_APPRENTICE = {
  label: "AAPC: Complete your CPC apprenticeship",
  url: "https://www.aapc.com/certifications/cpc/complete-your-cpc-apprenticeship",
};
const AAPC_LETTERS = {
  label: "AAPC: Letters of recommendation for apprentice removal",
  url: "https://www.aapc.com/support/certification-exams/what-are-the-requirements-for-my-letters-of-recommendation-for-education-and",
};
const CHARTPATH = { label: "Chartpath's counting rule (AAPC does not define part-time or overlapping work)" };
const AS_OF = "2026-12";

/** Code sets AAPC names for on-the-job experience; ICD-10-PCS (inpatient procedures) is not among them. */
export const QUALIFYING_CODE_SETS = ["CPT", "ICD10CM", "HCPCS"] as const;
export const CODE_SETS = [...QUALIFYING_CODE_SETS, "ICD10PCS"] as const;
export type CodeSet = (typeof CODE_SETS)[number];
export const CODE_SET_LABELS: Record<CodeSet, string> = {
  CPT: "CPT®",
  ICD10CM: "ICD-10-CM",
  HCPCS: "HCPCS Level II",
  ICD10PCS: "ICD-10-PCS",
};

export interface ExperienceEvidence {
  /** What each verification letter must contain. */
  letterMustInclude: readonly string[];
  /** Kinds of work AAPC accepts as on-the-job experience. */
  accepted: readonly string[];
}

export const APPRENTICE_EVIDENCE: Fact<ExperienceEvidence> = fact(
  {
    letterMustInclude: [
      "the coding experience gained, using the CPT®, ICD-10-CM or HCPCS Level II code sets",
      "start and end dates of the employment or externship",
      "company letterhead",
      "a hand signature, the date, and current contact details of the signer",
      "a non-editable format (PDF) for you to upload",
    ],
    accepted: [
      "current and previous employers",
      "externships (AAPC's XTernships included)",
      "experience before and after passing the exam",
      "only an employer, supervisor or HR department can verify time within their organization",
    ],
  },
  AAPC_APPRENTICE,
  AS_OF,
  "confirmed",
  "two years of letters alone; one year's letter with the 80-hour course or with Practicode; or the course plus Practicode",
);

export const APPRENTICE_LETTERS: Fact<{ lettersForTwoYears: number; lettersForOneYear: number }> = fact(
  { lettersForTwoYears: 2, lettersForOneYear: 1 },
  AAPC_LETTERS,
  AS_OF,
  "confirmed",
  "for two years: two typed, signed letters, one on the employer's letterhead (the other may be a co-worker's); for one year with the course: one letter on letterhead",
);

export interface QualifyingMonthRule {
  /** Coding or billing hours per week at which a day counts in full. */
  fullTimeCodingHoursPerWeek: number;
  /** Jobs must name at least one of these code sets to count. */
  codeSets: readonly CodeSet[];
}

/**
 * Chartpath's rule: each calendar day of a job or externship carries its coding hours
 * (hours per week × share of time coding or billing; an externship's total hours × share,
 * spread evenly over its days). A day counts in full at 30 coding hours a week or more and in
 * proportion below that; hours on the same day from overlapping periods add up but a day never
 * counts more than once. A calendar month's credit is the counted days over the days in that
 * month, so a full-time year is exactly 12 months, leap year or not. Contact hours are summed
 * over completed courses (certificate dated on or before today).
 */
export const QUALIFYING_MONTH_RULE: Fact<QualifyingMonthRule> = fact(
  { fullTimeCodingHoursPerWeek: 30, codeSets: QUALIFYING_CODE_SETS },
  CHARTPATH,
  AS_OF,
  "confirmed",
  "a day counts in full at 30+ coding hours a week, in proportion below; overlapping periods never count a day twice. AAPC may count part-time work differently: the letters' dates decide",
);
