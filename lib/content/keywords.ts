// Resume / job-posting keyword vocabulary (REFERENCE.md "Resume / job-posting keywords"), with
// the synonyms and spellings real postings use, so a resume saying "Cerner" matches a posting
// asking for "Oracle Health". Matching rules live in lib/domain/keyword-find.ts.
import type { Source } from "@/lib/content/fact";
import type { CareerPath } from "@/lib/content/vocabulary";

export const KEYWORD_SOURCE: Source = { label: "Chartpath keyword list compiled from the career guide and postings" };
const KEYWORDS_AS_OF = "2025-01";

export type KeywordGroupId =
  "credentials" | "code-sets" | "ehr-encoders" | "billing-ar" | "claim-forms" | "front-end" | "compliance" | "remote" | "soft-skills";

/**
 * A phrase that counts as the keyword. Plain strings match case-insensitively; `exactCase`
 * is for words that are also ordinary English ("Epic" vs "an epic journey"); `alsoMatches`
 * credits other keywords a compound phrase names ("ICD-10-CM/PCS" names both code sets).
 */
export type KeywordVariant = string | { phrase: string; exactCase?: boolean; alsoMatches?: readonly string[] };

export interface Keyword {
  id: string;
  label: string;
  group: KeywordGroupId;
  paths: readonly CareerPath[];
  variants: readonly KeywordVariant[];
  /** Keyword ids a resume showing this one also covers: a full CPC meets a "CPC-A" ask. */
  satisfies?: readonly string[];
  /**
   * Ids of the general keywords this one is a specific form of: "A/R aging" is accounts
   * receivable work, "Epic" is an EHR. A resume showing the specific term has the general one,
   * even though the matcher reads "accounts receivable follow-up" as the longer phrase.
   */
  broader?: readonly string[];
}

export interface KeywordGroup {
  id: KeywordGroupId;
  label: string;
  /** "any": one item covers the group (nobody needs every EHR); "each": every item counts. */
  coverage: "any" | "each";
  /** Advice for a term the resume lacks; {label} is replaced. Honesty first: only if true. */
  advice: string;
}

export interface KeywordVocabulary {
  groups: readonly KeywordGroup[];
  keywords: readonly Keyword[];
  source: Source;
  asOf: string;
}

const KEYWORD_GROUPS: readonly KeywordGroup[] = [
  {
    id: "credentials",
    label: "Credentials",
    coverage: "any",
    advice:
      "List {label} in your headline and a Certifications section if you hold it; if you are preparing for it, write the planned exam month.",
  },
  {
    id: "code-sets",
    label: "Code sets & tools",
    coverage: "each",
    advice:
      'Name {label} in your skills line and back it with a bullet from training or an externship (e.g. "coded 40 redacted outpatient charts").',
  },
  {
    id: "ehr-encoders",
    label: "EHR & encoders",
    coverage: "any",
    advice:
      "If you have used {label} (class, externship or a past job), name it; if not, list the systems you have used — employers expect to train on theirs.",
  },
  {
    id: "billing-ar",
    label: "Billing & A/R",
    coverage: "each",
    advice: "Add a bullet that shows {label} with a number if you can (volume, days, dollars recovered).",
  },
  {
    id: "claim-forms",
    label: "Claim forms",
    coverage: "each",
    advice: 'Mention {label} where you describe claims work or coursework (e.g. "completed {label} claims in a practice-management lab").',
  },
  {
    id: "front-end",
    label: "Front end & authorizations",
    coverage: "each",
    advice: "If you have done {label} (front desk, pharmacy, insurance or call-center work counts), say so in a bullet.",
  },
  {
    id: "compliance",
    label: "Compliance",
    coverage: "each",
    advice: "Show {label} awareness: a course, a training certificate or how you applied it.",
  },
  {
    id: "remote",
    label: "Remote work",
    coverage: "any",
    advice:
      'Remote postings screen for this: show {label} on your resume, e.g. "private, HIPAA-compliant home office with secure high-speed internet".',
  },
  {
    id: "soft-skills",
    label: "Soft skills",
    coverage: "each",
    advice: "Show {label} through a result in a bullet rather than listing the word alone.",
  },
];

type Def = [id: string, label: string, paths: "C" | "B" | "CB", variants: KeywordVariant[], satisfies?: string[]];
const ex = (phrase: string): KeywordVariant => ({ phrase, exactCase: true });

const DEFS: Record<KeywordGroupId, Def[]> = {
  credentials: [
    ["cpc", "CPC", "CB", ["CPC", "Certified Professional Coder"], ["cpc-a"]],
    // CPC-A is the CPC with the apprentice designation: matched on its own, never as "CPC".
    [
      "cpc-a",
      "CPC-A",
      "CB",
      ["CPC-A", "CPC-Apprentice", "CPC Apprentice", "Certified Professional Coder Apprentice", "Certified Professional Coder-Apprentice"],
    ],
    ["coc", "COC", "C", ["COC", "COC-A", "Certified Outpatient Coder", "CPC-H"]],
    ["cic", "CIC", "C", ["CIC", "Certified Inpatient Coder"]],
    ["crc", "CRC", "C", ["CRC", "Certified Risk Adjustment Coder"]],
    ["ccs", "CCS", "C", ["CCS", "Certified Coding Specialist"]],
    ["ccs-p", "CCS-P", "C", ["CCS-P", "Certified Coding Specialist-Physician-based", "Certified Coding Specialist Physician"]],
    ["cca", "CCA", "C", ["CCA", "Certified Coding Associate"]],
    ["cpb", "CPB", "B", ["CPB", "CPB-A", "Certified Professional Biller"]],
    ["cbcs", "CBCS", "B", ["CBCS", "Certified Billing and Coding Specialist"]],
    ["rhit", "RHIT", "C", ["RHIT", "Registered Health Information Technician"]],
    ["rhia", "RHIA", "C", ["RHIA", "Registered Health Information Administrator"]],
  ],
  "code-sets": [
    [
      "icd-10-cm",
      "ICD-10-CM",
      "CB",
      [
        "ICD-10-CM",
        "ICD-10",
        "ICD 10 CM",
        "diagnosis coding",
        "diagnostic coding",
        { phrase: "ICD-10-CM/PCS", alsoMatches: ["icd-10-pcs"] },
      ],
    ],
    ["icd-10-pcs", "ICD-10-PCS", "C", ["ICD-10-PCS", "ICD-10 PCS", "inpatient procedure coding"]],
    ["cpt", "CPT", "CB", ["CPT", "CPT-4", "Current Procedural Terminology", "HCPCS Level I", "procedure coding"]],
    ["hcpcs", "HCPCS Level II", "CB", ["HCPCS Level II", "HCPCS Level 2", "HCPCS II", "HCPCS"]],
    ["modifiers", "Modifiers", "CB", ["modifier", "CPT modifier", "modifier usage"]],
    ["em", "E/M coding", "C", ["E/M", "E&M", "E & M", "evaluation and management", "E/M leveling"]],
    ["drg", "DRG validation", "C", ["DRG validation", "DRG", "MS-DRG", "APR-DRG", "DRG assignment"]],
    ["grouper", "Grouper", "C", ["grouper", { phrase: "encoder/grouper", alsoMatches: ["encoder"] }, "DRG grouper"]],
    [
      "provider-queries",
      "Provider queries",
      "C",
      ["provider query", "physician query", "querying providers", "querying physicians", "query providers", "compliant query"],
    ],
    [
      "ncci",
      "NCCI edits",
      "CB",
      ["NCCI", "NCCI edit", "CCI edit", "National Correct Coding Initiative", "PTP edit", "MUE", "medically unlikely edit"],
    ],
    [
      "risk-adjustment",
      "Risk adjustment (HCC)",
      "C",
      ["risk adjustment", "HCC", "HCC coding", "hierarchical condition category", "hierarchical condition categories"],
    ],
    ["terminology", "Medical terminology", "CB", ["medical terminology", "med term"]],
    ["anatomy", "Anatomy & physiology", "C", ["anatomy and physiology", "anatomy", "A&P", "A & P"]],
  ],
  "ehr-encoders": [
    ["ehr", "EHR / EMR", "CB", ["EHR", "EMR", "electronic health record", "electronic medical record"]],
    ["epic", "Epic", "CB", [ex("Epic"), ex("EPIC"), "Epic Systems", "EpicCare", "Epic Resolute", "Epic EHR"]],
    ["oracle-health", "Oracle Health (Cerner)", "CB", ["Oracle Health", "Cerner", "Oracle Cerner", "Cerner Millennium"]],
    ["athenahealth", "athenahealth", "CB", ["athenahealth", "athena health", "athenaOne", "athenaCollector", "athenaClinicals"]],
    ["meditech", "MEDITECH", "CB", ["MEDITECH", "Meditech Expanse"]],
    ["encoder", "Encoder software", "C", ["encoder", "encoder software", "encoding software", "computer-assisted coding", "CAC"]],
    ["3m-solventum", "3M / Solventum encoder", "C", ["3M", "3M encoder", "3M 360 Encompass", "3M CodeFinder", "Solventum"]],
    ["trucode", "TruCode", "C", ["TruCode", "TruCode encoder"]],
    // "Optum" alone is also a large employer; only its coding products count.
    ["optum-encoder", "Optum encoder (EncoderPro)", "C", ["EncoderPro", "Optum EncoderPro", "Optum encoder", "Optum360"]],
  ],
  "billing-ar": [
    ["accounts-receivable", "Accounts receivable (A/R)", "B", ["A/R", "accounts receivable", "AR management"]],
    [
      "ar-follow-up",
      "A/R follow-up",
      "B",
      [
        "A/R follow-up",
        "AR follow-up",
        "accounts receivable follow-up",
        "insurance follow-up",
        "claims follow-up",
        "claim follow-up",
        "follow up on unpaid claims",
      ],
    ],
    ["ar-aging", "A/R aging", "B", ["A/R aging", "AR aging", "aging report", "aged claims", "aged receivables", "aged A/R"]],
    ["revenue-cycle", "Revenue cycle", "B", ["revenue cycle", "revenue cycle management", "RCM"]],
    [
      "claims-submission",
      "Claims submission",
      "CB",
      ["claims submission", "claim submission", "submitting claims", "submit claims", "electronic claims", "837", "837P", "837I"],
    ],
    ["clean-claims", "Clean claims", "B", ["clean claim", "clean claim rate", "claim scrubbing", "claim scrubber"]],
    ["clearinghouse", "Clearinghouse", "B", ["clearinghouse", "clearing house", "Waystar", "TriZetto", "Office Ally"]],
    ["charge-entry", "Charge entry", "B", ["charge entry", "charge capture", "charge posting"]],
    [
      "denials",
      "Denials management",
      "CB",
      ["denials management", "denial management", "denial", "denied claim", "claim denial", "denial resolution"],
    ],
    ["appeals", "Appeals", "CB", ["appeal", "appeal letter", "claim appeal", "reconsideration"]],
    ["payment-posting", "Payment posting", "B", ["payment posting", "payment poster", "cash posting", "posting payments", "post payments"]],
    ["eob", "EOB", "B", ["EOB", "explanation of benefits"]],
    ["era", "ERA / 835", "B", [ex("ERA"), "ERA/835", "electronic remittance advice", "835", "835 remittance", "remittance advice"]],
    ["eft", "EFT", "B", ["EFT", "electronic funds transfer"]],
    [
      "carc-rarc",
      "CARC / RARC",
      "B",
      ["CARC", "RARC", "CARC/RARC", "claim adjustment reason code", "remittance advice remark code", "adjustment reason code"],
    ],
    ["credit-balances", "Credit balances", "B", ["credit balance", "credit balance resolution", "overpayment", "refund processing"]],
    ["patient-statements", "Patient statements", "B", ["patient statement", "patient billing statement"]],
    ["collections", "Collections", "B", ["collections", "patient collections", "self-pay collections"]],
  ],
  "claim-forms": [
    ["cms-1500", "CMS-1500", "CB", ["CMS-1500", "HCFA-1500", "HCFA", "1500 claim form", "professional claim"]],
    ["ub-04", "UB-04", "CB", ["UB-04", "CMS-1450", "institutional claim"]],
  ],
  "front-end": [
    [
      "insurance-verification",
      "Insurance verification",
      "B",
      ["insurance verification", "verify insurance", "verifying insurance", "benefits verification", "verification of benefits", "VOB"],
    ],
    [
      "eligibility",
      "Eligibility & benefits",
      "B",
      ["eligibility and benefits", "eligibility verification", "eligibility check", "E&B", "insurance eligibility"],
    ],
    [
      "prior-authorization",
      "Prior authorization",
      "B",
      ["prior authorization", "prior auth", "pre-authorization", "preauthorization", "precertification", "pre-certification", "pre-cert"],
    ],
    ["payer-portals", "Payer portals (Availity, NaviNet)", "B", ["payer portal", "insurance portal", "Availity", "NaviNet"]],
  ],
  compliance: [
    ["hipaa", "HIPAA", "CB", ["HIPAA", "HIPPA", "Health Insurance Portability and Accountability Act"]],
    ["lcd-ncd", "LCD / NCD", "CB", ["LCD", "NCD", "LCD/NCD", "local coverage determination", "national coverage determination"]],
    ["medical-necessity", "Medical necessity", "CB", ["medical necessity", "medically necessary"]],
    ["stark", "Stark Law", "CB", ["Stark Law", "physician self-referral law"]],
    ["false-claims-act", "False Claims Act", "CB", ["False Claims Act"]],
    ["anti-kickback", "Anti-Kickback Statute", "B", ["Anti-Kickback Statute", "Anti-Kickback"]],
  ],
  remote: [
    [
      "remote-work",
      "Remote work",
      "CB",
      [
        "remote",
        "remote medical coder",
        "remote coder",
        "remote coding",
        "remote billing",
        "fully remote",
        "work remotely",
        "telecommute",
        "telecommuting",
        "work from home",
        "work-from-home",
        "WFH",
        "home-based",
      ],
    ],
    [
      "home-office",
      "HIPAA-compliant home office",
      "CB",
      [
        { phrase: "HIPAA-compliant home office", alsoMatches: ["hipaa"] },
        { phrase: "HIPAA compliant workspace", alsoMatches: ["hipaa"] },
        "secure home office",
        "private workspace",
        "dedicated workspace",
        "home office",
      ],
    ],
  ],
  "soft-skills": [
    [
      "attention-to-detail",
      "Attention to detail",
      "CB",
      ["attention to detail", "detail-oriented", "detail oriented", "detail-focused", "meticulous"],
    ],
    ["analytical", "Analytical", "CB", ["analytical", "analytic", "analyze", "analyzed", "analyzing", "analysis"]],
    ["communication", "Communication", "CB", ["communication", "communicate", "communicated", "communicating", "communicator"]],
    ["problem-solving", "Problem-solving", "CB", ["problem-solving", "problem solver", "troubleshooting", "troubleshoot"]],
    ["persistence", "Persistence", "CB", ["persistence", "persistent", "tenacious", "tenacity", "follow-through"]],
    ["negotiation", "Negotiation", "CB", ["negotiation", "negotiate", "negotiated", "negotiating"]],
    [
      "organization",
      "Organization",
      "CB",
      ["organizational skills", "organized", "well-organized", "highly organized", "time management", "prioritization"],
    ],
  ],
};

const PATHS: Record<Def[2], CareerPath[]> = { C: ["CODING"], B: ["BILLING"], CB: ["CODING", "BILLING"] };

/** Specific keyword → the general keywords it shows (see `Keyword.broader`). */
const BROADER: Readonly<Record<string, readonly string[]>> = {
  "ar-follow-up": ["accounts-receivable"],
  "ar-aging": ["accounts-receivable"],
  "credit-balances": ["accounts-receivable"],
  epic: ["ehr"],
  "oracle-health": ["ehr"],
  athenahealth: ["ehr"],
  meditech: ["ehr"],
  "3m-solventum": ["encoder"],
  trucode: ["encoder"],
  "optum-encoder": ["encoder"],
};

export const KEYWORD_VOCABULARY: KeywordVocabulary = {
  groups: KEYWORD_GROUPS,
  keywords: KEYWORD_GROUPS.flatMap((g) =>
    DEFS[g.id].map(([id, label, paths, variants, satisfies]): Keyword => ({
      id,
      label,
      group: g.id,
      paths: PATHS[paths],
      variants,
      ...(satisfies ? { satisfies } : {}),
      ...(BROADER[id] ? { broader: BROADER[id] } : {}),
    })),
  ),
  source: KEYWORD_SOURCE,
  asOf: KEYWORDS_AS_OF,
};

/**
 * LinkedIn headline templates. Segments are joined with " | " and a segment whose
 * placeholder is empty is dropped: {credential} e.g. "CPC-A", {skills} e.g. "ICD-10-CM · CPT".
 */
export interface HeadlineTemplates {
  inTraining: readonly string[];
  credentialed: readonly string[];
  /** Keyword ids that headlines and the skills list fall back on for this path. */
  coreSkills: readonly string[];
}

export const LINKEDIN_HEADLINES: Readonly<Record<CareerPath, HeadlineTemplates>> = {
  CODING: {
    inTraining: ["Medical Coder in Training | {credential} | {skills}", "Aspiring Outpatient Coder | {skills} | {credential}"],
    credentialed: [
      "Medical Coder | {credential} | {skills}",
      "Junior Coder ({credential}) | {skills}",
      "Outpatient Coder | {credential} | {skills}",
    ],
    coreSkills: ["icd-10-cm", "cpt", "hcpcs", "modifiers", "terminology", "hipaa"],
  },
  BILLING: {
    inTraining: ["Medical Billing Specialist in Training | {credential} | {skills}", "Aspiring Revenue Cycle Specialist | {skills}"],
    credentialed: [
      "Revenue Cycle Specialist | {credential} | {skills}",
      "Medical Billing Specialist ({credential}) | {skills}",
      "Patient Account Representative | {credential} | {skills}",
    ],
    coreSkills: ["claims-submission", "denials", "ar-follow-up", "payment-posting", "insurance-verification", "hipaa"],
  },
};
