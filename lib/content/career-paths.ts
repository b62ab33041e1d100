// The two career paths (coding, billing), where they overlap, and the code sets they use.
// Code-set facts come from their owners (CDC/NCHS, CMS, AMA); see REFERENCE.md.
// CPT descriptors are AMA-copyrighted: only code numbers with our own paraphrase appear here.
import { fact, type Fact, type Source } from "@/lib/content/fact";

export type CareerPath = "CODING" | "BILLING";
export const CAREER_PATH_CODES: readonly CareerPath[] = ["CODING", "BILLING"];

export type CodeSetCode = "ICD-10-CM" | "ICD-10-PCS" | "CPT" | "HCPCS-II" | "MS-DRG";

export interface CareerPathInfo {
  code: CareerPath;
  title: string;
  summary: string;
  dailyWork: readonly string[];
  codeSets: readonly CodeSetCode[];
  settings: readonly string[];
  /** Coding: employers almost always want a credential first; billing: some roles hire before one. */
  certificationBeforeHire: "almost-always" | "sometimes-not-needed";
  reachability: string;
}

export const CAREER_PATHS: Readonly<Record<CareerPath, CareerPathInfo>> = {
  CODING: {
    code: "CODING",
    title: "Medical coding",
    summary: "Turn clinical documentation into the diagnosis and procedure codes that claims, payments and health data rely on.",
    dailyWork: [
      "Read provider notes, operative reports and discharge summaries",
      "Assign ICD-10-CM diagnosis codes and CPT/HCPCS procedure codes (ICD-10-PCS for inpatient stays)",
      "Apply official guidelines, modifiers and NCCI edits so the codes match the documentation",
      "Query providers when documentation is unclear or incomplete",
      "Meet productivity and accuracy targets and take part in coding audits",
      "Keep up with yearly code-set updates and earn CEUs",
    ],
    codeSets: ["ICD-10-CM", "ICD-10-PCS", "CPT", "HCPCS-II", "MS-DRG"],
    settings: [
      "Physician practices and clinics",
      "Hospitals (inpatient and outpatient coding)",
      "Ambulatory surgery centers",
      "Coding and revenue-cycle outsourcing companies",
      "Health plans and risk-adjustment programs",
    ],
    certificationBeforeHire: "almost-always",
    reachability:
      "Coding jobs almost always ask for a credential (CPC or CPC-A, COC, CCA, CCS). Plan to certify before your first coding job.",
  },
  BILLING: {
    code: "BILLING",
    title: "Medical billing",
    summary: "Move each visit from claim to payment: submit clean claims, post payments, work denials and help patients with balances.",
    dailyWork: [
      "Verify insurance eligibility and benefits; obtain prior authorizations",
      "Prepare and submit claims (CMS-1500, UB-04) through a clearinghouse",
      "Post payments from EOBs and electronic remittances (ERA/835)",
      "Work denials and appeals; follow up on aging accounts receivable",
      "Answer patients' billing questions and set up statements and payment plans",
    ],
    codeSets: ["ICD-10-CM", "CPT", "HCPCS-II"],
    settings: [
      "Physician practices and clinics",
      "Hospital patient financial services (business office)",
      "Medical billing companies and revenue-cycle vendors",
      "Health plans and clearinghouses",
    ],
    certificationBeforeHire: "sometimes-not-needed",
    reachability:
      "Some billing roles (payment posting, patient accounts, claims assistant) hire before certification; the CPB strengthens an application and helps you advance.",
  },
};

export interface OverlapArea {
  key: "CODE_SETS" | "CLAIMS" | "COMPLIANCE" | "REVENUE_CYCLE";
  label: string;
  detail: string;
}

export const OVERLAP: readonly OverlapArea[] = [
  {
    key: "CODE_SETS",
    label: "Shared code sets",
    detail: "Both work with ICD-10-CM, CPT and HCPCS Level II: coders assign the codes, billers check them on claims.",
  },
  { key: "CLAIMS", label: "Claims", detail: "Codes become claim lines; a coding error comes back as a denial that billing has to work." },
  { key: "COMPLIANCE", label: "Compliance", detail: "HIPAA, NCCI edits, LCD/NCD coverage rules and the False Claims Act apply to both." },
  {
    key: "REVENUE_CYCLE",
    label: "Revenue cycle",
    detail: "Both sit in the revenue cycle from registration to payment; small practices often combine the roles.",
  },
];

const CHECKED = "2026"; // year the owners' pages were checked for REFERENCE.md
const NCHS: Source = {
  label: "CDC National Center for Health Statistics (ICD-10-CM)",
  url: "https://www.cdc.gov/nchs/icd/icd-10-cm/index.html",
};
const CMS_ICD10: Source = { label: "CMS ICD-10 codes", url: "https://www.cms.gov/medicare/coding-billing/icd-10-codes" };
const AMA_CPT: Source = { label: "American Medical Association (CPT)", url: "https://www.ama-assn.org/practice-management/cpt" };
const CMS_HCPCS: Source = { label: "CMS HCPCS", url: "https://www.cms.gov/medicare/coding-billing/healthcare-common-procedure-system" };
const CMS_DRG: Source = {
  label: "CMS MS-DRG Classifications and Software",
  url: "https://www.cms.gov/medicare/payment/prospective-payment-systems/acute-inpatient-pps/ms-drg-classifications-and-software",
};

export interface CodeExample {
  code: string;
  /** Official title for ICD-10-CM; for CPT always our own paraphrase (AMA copyright). */
  description: string;
  isParaphrase: boolean;
  /** Whether the code can be reported as written; omitted where it does not apply. */
  billable?: boolean;
}

export interface CodeSet {
  code: CodeSetCode;
  name: string;
  owner: Fact<string>;
  covers: string;
  format: Fact<string>;
  updateCadence: Fact<string>;
  paths: readonly CareerPath[];
  /** True for CPT: never show AMA descriptors. */
  copyrightedDescriptors: boolean;
  examples: readonly Fact<CodeExample>[];
}

export const CODE_SETS: readonly CodeSet[] = [
  {
    code: "ICD-10-CM",
    name: "ICD-10-CM",
    owner: fact("CDC National Center for Health Statistics (NCHS)", NCHS, CHECKED, "confirmed"),
    covers: "Diagnoses and reasons for visits, in every care setting",
    format: fact("3–7 characters; reportable only at the full length the code requires", NCHS, CHECKED, "confirmed"),
    updateCadence: fact("New version effective 1 October each year, with April updates", NCHS, CHECKED, "confirmed"),
    paths: ["CODING", "BILLING"],
    copyrightedDescriptors: false,
    examples: [
      fact(
        {
          code: "E11.40",
          description: "Type 2 diabetes mellitus with diabetic neuropathy, unspecified",
          isParaphrase: false,
          billable: true,
        },
        NCHS,
        CHECKED,
        "confirmed",
      ),
      fact(
        { code: "S83.2-", description: "Tear of meniscus, current injury", isParaphrase: false, billable: false },
        NCHS,
        CHECKED,
        "confirmed",
        "A subcategory: not billable as written; it needs more characters, e.g. S83.209A.",
      ),
    ],
  },
  {
    code: "ICD-10-PCS",
    name: "ICD-10-PCS",
    owner: fact("Centers for Medicare & Medicaid Services (CMS)", CMS_ICD10, CHECKED, "confirmed"),
    covers: "Procedures performed during hospital inpatient stays",
    format: fact("Exactly 7 characters, each position carrying a meaning", CMS_ICD10, CHECKED, "confirmed"),
    updateCadence: fact("Effective 1 October each year; April updates occur", CMS_ICD10, CHECKED, "confirmed"),
    paths: ["CODING"],
    copyrightedDescriptors: false,
    examples: [],
  },
  {
    code: "CPT",
    name: "CPT (HCPCS Level I)",
    owner: fact("American Medical Association (AMA)", AMA_CPT, CHECKED, "confirmed"),
    covers: "Procedures and services reported by physicians and other providers, and outpatient facilities",
    format: fact("5 digits (Category I codes)", AMA_CPT, CHECKED, "confirmed"),
    updateCadence: fact("New edition effective 1 January each year", AMA_CPT, CHECKED, "confirmed"),
    paths: ["CODING", "BILLING"],
    copyrightedDescriptors: true,
    examples: [
      fact(
        { code: "99213", description: "A follow-up office visit with a returning patient", isParaphrase: true },
        AMA_CPT,
        "2024",
        "confirmed",
        "When chosen by time, since CPT 2024 it needs at least 20 minutes.",
      ),
      fact(
        { code: "29881", description: "A knee arthroscopy that removes part of a torn meniscus", isParaphrase: true },
        AMA_CPT,
        CHECKED,
        "confirmed",
      ),
    ],
  },
  {
    code: "HCPCS-II",
    name: "HCPCS Level II",
    owner: fact("Centers for Medicare & Medicaid Services (CMS)", CMS_HCPCS, CHECKED, "confirmed"),
    covers: "Supplies, durable medical equipment, drugs, ambulance and other services not in CPT",
    format: fact("1 letter followed by 4 digits", CMS_HCPCS, CHECKED, "confirmed"),
    updateCadence: fact("Updated quarterly", CMS_HCPCS, CHECKED, "confirmed"),
    paths: ["CODING", "BILLING"],
    copyrightedDescriptors: false,
    examples: [],
  },
  {
    code: "MS-DRG",
    name: "MS-DRG",
    owner: fact("Centers for Medicare & Medicaid Services (CMS)", CMS_DRG, CHECKED, "confirmed"),
    covers: "Groups Medicare hospital inpatient stays for payment (IPPS)",
    format: fact(
      "A group number assigned by grouper software from the stay's ICD-10-CM/PCS codes, age, sex and discharge status",
      CMS_DRG,
      CHECKED,
      "confirmed",
    ),
    updateCadence: fact("Updated each 1 October", CMS_DRG, CHECKED, "confirmed"),
    paths: ["CODING"],
    copyrightedDescriptors: false,
    examples: [],
  },
];

export function getCodeSet(code: CodeSetCode): CodeSet {
  const found = CODE_SETS.find((set) => set.code === code);
  if (!found) throw new Error(`Unknown code set: ${code}`);
  return found;
}
