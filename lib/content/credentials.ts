// AAPC and AHIMA credentials: exam format, prerequisites, fees, maintenance and the CPC-A
// apprentice-removal routes, each figure with its source (REFERENCE.md). The numeric CEU
// rules used for computation live in ceu-rules.ts; here only a per-credential summary.
import { fact, type Fact, type Source } from "@/lib/content/fact";
import type { CareerPath } from "@/lib/content/career-paths";

export type CertifyingBody = "AAPC" | "AHIMA";
export type CredentialCode = "CPC" | "CPC-A" | "COC" | "CIC" | "CRC" | "CPB" | "CPMA" | "CCA" | "CCS" | "CCS-P" | "RHIT" | "RHIA";
export type ApprenticeCode = "CPC-A" | "COC-A";

export interface ExamFormat {
  summary: string;
  questions?: number;
  /** Case studies on top of the multiple-choice questions (CIC). */
  cases?: number;
  minutes?: number;
  openBook?: boolean;
  passingPercent?: number;
  codeBooks?: readonly string[];
}

export interface ExamFee {
  label: string;
  usd: number;
}

export interface ApprenticeRemovalRoute {
  key: "EMPLOYER_LETTERS_2Y" | "ONE_YEAR_PLUS_COURSE" | "COURSE_PLUS_PRACTICODE";
  label: string;
}

export interface Credential {
  code: CredentialCode;
  body: CertifyingBody;
  name: string;
  paths: readonly CareerPath[];
  setting: string;
  /** CPC-A is a status on a passed CPC, not a separate exam. */
  isApprenticeStatus: boolean;
  /** The status a new passer without experience holds first (CPC → CPC-A, COC → COC-A). */
  apprenticeCode?: ApprenticeCode;
  exam?: Fact<ExamFormat>;
  prerequisites?: Fact<string>;
  fee?: Fact<readonly ExamFee[]>;
  maintenance: Fact<string>;
  apprenticeRemoval?: Fact<readonly ApprenticeRemovalRoute[]>;
}

const CHECKED = "2026"; // year the official pages were checked for REFERENCE.md
const aapc = (path: string, label: string): Source => ({ label, url: `https://www.aapc.com/${path}` });
const ahima = (slug: string): Source => ({
  label: `AHIMA ${slug.toUpperCase()} certification page`,
  url: `https://www.ahima.org/certification-careers/certifications-overview/${slug}/`,
});
const CPC_FAQ = aapc("resources/cpc-exam-faqs", "AAPC CPC exam FAQs");
const AAPC_CEUS = aapc("medical-coding-education/help", "AAPC CEU requirements");
const AHIMA_RECERT: Source = { label: "AHIMA Recertification", url: "https://www.ahima.org/certification/recertification" };
// Fees and renewal dues come from secondary summaries, not the bodies' own pages: uncertain.
const SECONDARY: Source = { label: "Secondary sources (fee summaries and exam-prep sites)" };
const AHIMA_CERTS: Source = { label: "AHIMA certifications", url: "https://www.ahima.org/certification-careers/certifications-overview/" };

const aapcCeus = fact("AAPC CEUs: 36 per 2 years for one credential, more for each added credential", AAPC_CEUS, CHECKED, "confirmed");
const ahimaCeus = (ceus: number) => fact(`AHIMA: ${ceus} CEUs per 2-year cycle from the exam date`, AHIMA_RECERT, CHECKED, "confirmed");
const hsDiploma = (src: Source, confidence: "confirmed" | "uncertain" = "confirmed") =>
  fact("High-school diploma or equivalent", src, CHECKED, confidence);

export const CPC_A_REMOVAL_ROUTES: Fact<readonly ApprenticeRemovalRoute[]> = fact(
  [
    { key: "EMPLOYER_LETTERS_2Y", label: "Letters from employers showing 2 years of coding experience" },
    { key: "ONE_YEAR_PLUS_COURSE", label: "1 year of experience plus an 80-contact-hour coding course" },
    { key: "COURSE_PLUS_PRACTICODE", label: "The 80-hour course plus Practicode: 600 cases at 70% or better" },
  ],
  aapc("certifications/cpc/complete-your-cpc-apprenticeship", "AAPC: complete your CPC apprenticeship"),
  CHECKED,
  "confirmed",
);

const CPC_BOOKS = ["CPT Professional", "ICD-10-CM", "HCPCS Level II"] as const;

export const CREDENTIALS: readonly Credential[] = [
  {
    code: "CPC",
    body: "AAPC",
    name: "Certified Professional Coder",
    paths: ["CODING"],
    setting: "Physician and outpatient professional-fee coding",
    isApprenticeStatus: false,
    apprenticeCode: "CPC-A",
    exam: fact(
      {
        summary: "100 multiple-choice questions in 4 hours, open book, 70% to pass",
        questions: 100,
        minutes: 240,
        openBook: true,
        passingPercent: 70,
        codeBooks: CPC_BOOKS,
      },
      CPC_FAQ,
      CHECKED,
      "confirmed",
    ),
    prerequisites: fact("No prerequisite; AAPC membership required", CPC_FAQ, CHECKED, "confirmed"),
    fee: fact(
      [
        { label: "one attempt", usd: 425 },
        { label: "two attempts", usd: 499 },
      ],
      SECONDARY,
      "2026",
      "uncertain",
    ),
    maintenance: aapcCeus,
  },
  {
    code: "CPC-A",
    body: "AAPC",
    name: "Certified Professional Coder – Apprentice",
    paths: ["CODING"],
    setting: "Apprentice status after passing the CPC without 2 years' coding experience",
    isApprenticeStatus: true,
    maintenance: aapcCeus,
    apprenticeRemoval: CPC_A_REMOVAL_ROUTES,
  },
  {
    code: "COC",
    body: "AAPC",
    name: "Certified Outpatient Coder",
    paths: ["CODING"],
    setting: "Hospital outpatient departments and ambulatory surgery centers (APC, OPPS)",
    isApprenticeStatus: false,
    apprenticeCode: "COC-A",
    exam: fact(
      {
        summary: "100 multiple-choice questions in 4 hours",
        questions: 100,
        minutes: 240,
        codeBooks: ["CPT", "ICD-10-CM", "HCPCS Level II"],
      },
      aapc("certifications/coc", "AAPC COC certification page"),
      CHECKED,
      "confirmed",
    ),
    maintenance: aapcCeus,
  },
  {
    code: "CIC",
    body: "AAPC",
    name: "Certified Inpatient Coder",
    paths: ["CODING"],
    setting: "Inpatient facility coding (MS-DRG, IPPS)",
    isApprenticeStatus: false,
    exam: fact(
      {
        summary: "40 multiple-choice questions plus 7 inpatient cases in 4 hours",
        questions: 40,
        cases: 7,
        minutes: 240,
        codeBooks: ["ICD-10-CM", "ICD-10-PCS"],
      },
      aapc("certifications/cic", "AAPC CIC certification page"),
      CHECKED,
      "confirmed",
    ),
    maintenance: aapcCeus,
  },
  {
    code: "CRC",
    body: "AAPC",
    name: "Certified Risk Adjustment Coder",
    paths: ["CODING"],
    setting: "Risk adjustment (HCC) coding",
    isApprenticeStatus: false,
    exam: fact(
      { summary: "100 multiple-choice questions in 4 hours; ICD-10-CM only", questions: 100, minutes: 240, codeBooks: ["ICD-10-CM"] },
      aapc("certifications/crc", "AAPC CRC certification page"),
      CHECKED,
      "confirmed",
    ),
    maintenance: aapcCeus,
  },
  {
    code: "CPB",
    body: "AAPC",
    name: "Certified Professional Biller",
    paths: ["BILLING"],
    setting: "Billing and the revenue cycle",
    isApprenticeStatus: false,
    exam: fact(
      {
        summary: "4 hours; question count reported as 135 (AAPC) or 100 (prep sites)",
        questions: 135,
        minutes: 240,
        codeBooks: ["CPT", "ICD-10-CM", "HCPCS Level II"],
      },
      aapc("certifications/cpb/taking-the-cpb-exam", "AAPC: taking the CPB exam"),
      CHECKED,
      "uncertain",
      "Question count differs by source: AAPC's page says 135, 2026 prep sites say 100.",
    ),
    maintenance: aapcCeus,
  },
  {
    code: "CPMA",
    body: "AAPC",
    name: "Certified Professional Medical Auditor",
    paths: ["CODING", "BILLING"],
    setting: "Coding and billing audits, compliance",
    isApprenticeStatus: false,
    exam: fact(
      {
        summary: "100 multiple-choice questions in 4 hours, open code books, 70% to pass",
        questions: 100,
        minutes: 240,
        openBook: true,
        passingPercent: 70,
      },
      aapc("certifications/cpma", "AAPC CPMA certification page"),
      CHECKED,
      "confirmed",
    ),
    maintenance: fact("AAPC CEUs, 16 of them in auditing", AAPC_CEUS, CHECKED, "confirmed"),
  },
  {
    code: "CCA",
    body: "AHIMA",
    name: "Certified Coding Associate",
    paths: ["CODING"],
    setting: "Entry-level coding in any setting",
    isApprenticeStatus: false,
    exam: fact(
      { summary: "105 questions (90 scored) in 2 hours at Pearson VUE", questions: 105, minutes: 120 },
      ahima("cca"),
      CHECKED,
      "confirmed",
      "90 of the 105 questions are scored.",
    ),
    prerequisites: hsDiploma(ahima("cca")),
    fee: fact(
      [
        { label: "AHIMA member", usd: 199 },
        { label: "non-member", usd: 299 },
      ],
      SECONDARY,
      "2023",
      "uncertain",
    ),
    maintenance: ahimaCeus(20),
  },
  {
    code: "CCS",
    body: "AHIMA",
    name: "Certified Coding Specialist",
    paths: ["CODING"],
    setting: "Hospital inpatient and outpatient coding, including ICD-10-PCS",
    isApprenticeStatus: false,
    exam: fact(
      { summary: "About 4 hours, about 107 questions including cases", questions: 107, minutes: 240 },
      ahima("ccs"),
      CHECKED,
      "uncertain",
    ),
    prerequisites: fact(
      "High-school diploma; coding coursework or experience recommended, not required",
      ahima("ccs"),
      CHECKED,
      "confirmed",
    ),
    fee: fact(
      [
        { label: "AHIMA member", usd: 299 },
        { label: "non-member", usd: 399 },
      ],
      SECONDARY,
      CHECKED,
      "uncertain",
    ),
    maintenance: ahimaCeus(20),
  },
  {
    code: "CCS-P",
    body: "AHIMA",
    name: "Certified Coding Specialist – Physician-based",
    paths: ["CODING"],
    setting: "Physician-practice coding",
    isApprenticeStatus: false,
    exam: fact({ summary: "Format not confirmed; check AHIMA's current candidate guide" }, ahima("ccs-p"), CHECKED, "uncertain"),
    maintenance: ahimaCeus(20),
  },
  {
    code: "RHIT",
    body: "AHIMA",
    name: "Registered Health Information Technician",
    paths: ["CODING"],
    setting: "Health information management (technician)",
    isApprenticeStatus: false,
    prerequisites: fact("A CAHIIM-accredited associate degree", ahima("rhit"), CHECKED, "confirmed"),
    maintenance: ahimaCeus(20),
  },
  {
    code: "RHIA",
    body: "AHIMA",
    name: "Registered Health Information Administrator",
    paths: ["CODING"],
    setting: "Health information management (administrator)",
    isApprenticeStatus: false,
    prerequisites: fact("A CAHIIM-accredited bachelor's or master's degree", ahima("rhia"), CHECKED, "confirmed"),
    maintenance: ahimaCeus(30),
  },
];

/** Days to wait before retaking a failed AHIMA exam. */
export const AHIMA_RETEST_WAIT_DAYS = fact({ CCA: 30, CCS: 30, other: 90 } as const, AHIMA_CERTS, CHECKED, "uncertain");

export const AAPC_MEMBERSHIP_RENEWAL = fact({ minUsd: 190, maxUsd: 222, per: "year" } as const, SECONDARY, CHECKED, "uncertain");

export function isCredentialCode(code: string): code is CredentialCode {
  return CREDENTIALS.some((c) => c.code === code);
}

export function getCredential(code: string): Credential {
  const found = CREDENTIALS.find((c) => c.code === code);
  if (!found) throw new Error(`Unknown credential: ${code}`);
  return found;
}

export function credentialsForPath(path: CareerPath): readonly Credential[] {
  return CREDENTIALS.filter((c) => c.paths.includes(path));
}
