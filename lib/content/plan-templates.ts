// Milestone templates for the dated plan, from the career guide's month-by-month plan
// (months 1–3 foundation, 4–6 core skills, 7–9 exam prep & certification, 10–12 job hunt).
// `at` is the position inside the phase (0 = its first day, 1 = its last); plan.ts dates them.
import { fact } from "@/lib/content/fact";
import { UNDATED } from "@/lib/content/format-fact";
import type { CareerPath, MilestoneKind, PhaseKey } from "@/lib/content/vocabulary";

export interface PhaseTemplate {
  key: PhaseKey;
  title: string;
  /** The guide's months for a 12-month plan. */
  guideMonths: string;
}

export interface MilestoneTemplate {
  id: string;
  phase: PhaseKey;
  /** Paths this milestone belongs to. */
  paths: readonly CareerPath[];
  /** Only for these credentials (e.g. ICD-10-PCS for inpatient credentials); all when omitted. */
  credentials?: readonly string[];
  /** `{credential}` is replaced with the learner's credential code. */
  title: string;
  description: string;
  kind: MilestoneKind;
  at: number;
}

const GUIDE = { label: "Medical coding & billing career guide" };
const BOTH: readonly CareerPath[] = ["CODING", "BILLING"];
const CODING: readonly CareerPath[] = ["CODING"];
const BILLING: readonly CareerPath[] = ["BILLING"];
const INPATIENT = ["CCS", "CIC", "RHIT", "RHIA"];

export const PHASES: readonly PhaseTemplate[] = [
  { key: "FOUNDATION", title: "Foundation", guideMonths: "1–3" },
  { key: "CORE_SKILLS", title: "Core skills", guideMonths: "4–6" },
  { key: "EXAM_PREP", title: "Exam prep & certification", guideMonths: "7–9" },
  { key: "JOB_HUNT", title: "Job hunt", guideMonths: "10–12" },
];

export const MILESTONE_TEMPLATES: readonly MilestoneTemplate[] = [
  // Foundation
  {
    id: "enroll",
    phase: "FOUNDATION",
    paths: BOTH,
    kind: "LEARN",
    at: 0,
    title: "Enroll in your training program",
    description: "Confirm accreditation, instructor credentials, exam pass and placement rates before paying.",
  },
  {
    id: "student-membership",
    phase: "FOUNDATION",
    paths: BOTH,
    kind: "LEARN",
    at: 0.1,
    title: "Join AAPC or AHIMA as a student",
    description: "Membership gives study material, a local chapter and exam discounts.",
  },
  {
    id: "medical-terminology",
    phase: "FOUNDATION",
    paths: BOTH,
    kind: "LEARN",
    at: 0.4,
    title: "Finish medical terminology",
    description: "Prefixes, suffixes and root words until you can read a clinical note without a dictionary.",
  },
  {
    id: "anatomy-physiology",
    phase: "FOUNDATION",
    paths: BOTH,
    kind: "LEARN",
    at: 0.75,
    title: "Finish anatomy & physiology",
    description: "Body systems in order; coders need this to pick the right code, billers to read denials.",
  },
  {
    id: "insurance-basics",
    phase: "FOUNDATION",
    paths: BILLING,
    kind: "LEARN",
    at: 0.85,
    title: "Learn how health insurance works",
    description: "Medicare, Medicaid, commercial plans; deductibles, copays, coinsurance; eligibility and benefits.",
  },
  {
    id: "hipaa-basics",
    phase: "FOUNDATION",
    paths: BOTH,
    kind: "LEARN",
    at: 1,
    title: "Learn HIPAA and compliance basics",
    description: "Privacy and security rules, minimum necessary, and why you never take PHI home.",
  },
  // Core skills
  {
    id: "icd10cm-guidelines",
    phase: "CORE_SKILLS",
    paths: CODING,
    kind: "LEARN",
    at: 0.2,
    title: "ICD-10-CM conventions and official guidelines",
    description: "Index then Tabular, 7th characters, excludes notes; code to the highest specificity.",
  },
  {
    id: "cpt-conventions",
    phase: "CORE_SKILLS",
    paths: CODING,
    kind: "LEARN",
    at: 0.45,
    title: "CPT section guidelines, conventions and modifiers",
    description: "Section guidelines, E/M levels, surgical package, and when modifiers such as 25 or 59 apply.",
  },
  {
    id: "hcpcs-level-ii",
    phase: "CORE_SKILLS",
    paths: CODING,
    kind: "LEARN",
    at: 0.6,
    title: "HCPCS Level II",
    description: "Supplies, drugs, DME and services not in CPT; letter plus four digits.",
  },
  {
    id: "icd10pcs",
    phase: "CORE_SKILLS",
    paths: CODING,
    credentials: INPATIENT,
    kind: "LEARN",
    at: 0.7,
    title: "ICD-10-PCS and MS-DRGs",
    description: "Seven-character inpatient procedure codes and how DRG grouping drives payment.",
  },
  {
    id: "coding-cases",
    phase: "CORE_SKILLS",
    paths: CODING,
    kind: "PRACTICE",
    at: 1,
    title: "Code 100 practice cases",
    description: "Real redacted notes across specialties; check every answer against the guidelines.",
  },
  {
    id: "claims-lifecycle",
    phase: "CORE_SKILLS",
    paths: BILLING,
    kind: "LEARN",
    at: 0.2,
    title: "The claims lifecycle",
    description: "Registration, eligibility, charge entry, CMS-1500 / UB-04, clearinghouse edits, clean claims.",
  },
  {
    id: "code-sets-for-billers",
    phase: "CORE_SKILLS",
    paths: BILLING,
    kind: "LEARN",
    at: 0.4,
    title: "Code sets for billers",
    description: "Read ICD-10-CM, CPT and HCPCS Level II codes and modifiers on a claim; NCCI edits.",
  },
  {
    id: "denials-appeals",
    phase: "CORE_SKILLS",
    paths: BILLING,
    kind: "LEARN",
    at: 0.6,
    title: "Denials management and appeals",
    description: "CARC/RARC reasons, fixing and resubmitting, writing an appeal.",
  },
  {
    id: "payments-ar",
    phase: "CORE_SKILLS",
    paths: BILLING,
    kind: "PRACTICE",
    at: 1,
    title: "Payment posting and A/R follow-up",
    description: "Post from EOB/ERA, work an A/R aging report, credit balances and patient statements.",
  },
  // Exam prep & certification
  {
    id: "baseline-exam",
    phase: "EXAM_PREP",
    paths: BOTH,
    kind: "PRACTICE",
    at: 0,
    title: "Take a full timed {credential} practice exam",
    description: "A baseline under real conditions: full length, real time limit, allowed books only.",
  },
  {
    id: "prepare-books",
    phase: "EXAM_PREP",
    paths: BOTH,
    kind: "PRACTICE",
    at: 0.25,
    title: "Tab and annotate your code books",
    description: "Open-book exams reward knowing where things are; highlight guidelines you miss.",
  },
  {
    id: "schedule-exam",
    phase: "EXAM_PREP",
    paths: BOTH,
    kind: "EXAM",
    at: 0.35,
    title: "Schedule the {credential} exam",
    description: "Book a date near the end of this phase; a fixed date keeps study on track.",
  },
  {
    id: "second-exam",
    phase: "EXAM_PREP",
    paths: BOTH,
    kind: "PRACTICE",
    at: 0.6,
    // {passingBar}/{passingNote}: the credential's own bar (AAPC 70%; AHIMA scaled), see exam-specs.ts.
    title: "Second timed practice exam: {passingBar}",
    description: "Aim for the passing bar at the real exam's pace; review every miss.{passingNote}",
  },
  {
    id: "final-exam",
    phase: "EXAM_PREP",
    paths: BOTH,
    kind: "PRACTICE",
    at: 0.85,
    title: "Final practice exam at exam pace",
    description: "Three recent scores above the bar means you are ready.",
  },
  {
    id: "sit-exam",
    phase: "EXAM_PREP",
    paths: BOTH,
    kind: "EXAM",
    at: 1,
    title: "Sit the {credential} exam",
    description: "Record the result; a failed attempt is a data point, not the end.",
  },
  // Job hunt
  {
    id: "resume-keywords",
    phase: "JOB_HUNT",
    paths: BOTH,
    kind: "JOB",
    at: 0,
    title: "Resume with the right keywords",
    description: "Credential, code sets, EHRs, claims and denials terms that match real postings.",
  },
  {
    id: "linkedin",
    phase: "JOB_HUNT",
    paths: BOTH,
    kind: "JOB",
    at: 0.1,
    title: "LinkedIn headline and profile",
    description: "Credential and target role in the headline; join coding and billing groups.",
  },
  {
    id: "networking",
    phase: "JOB_HUNT",
    paths: BOTH,
    kind: "JOB",
    at: 0.3,
    title: "Attend a local chapter meeting",
    description: "AAPC local chapters and AHIMA state associations are where entry jobs are heard of first.",
  },
  {
    id: "apply-entry-coding",
    phase: "JOB_HUNT",
    paths: CODING,
    kind: "JOB",
    at: 0.4,
    title: "Apply to 10 entry-level coding roles",
    description: "Junior coder, coder (accepts CPC-A), medical records technician, charge entry.",
  },
  {
    id: "apply-entry-billing",
    phase: "JOB_HUNT",
    paths: BILLING,
    kind: "JOB",
    at: 0.4,
    title: "Apply to 10 entry-level billing roles",
    description: "Payment poster, patient account representative, claims assistant, billing specialist.",
  },
  {
    id: "interview-prep",
    phase: "JOB_HUNT",
    paths: BOTH,
    kind: "JOB",
    at: 0.6,
    title: "Prepare for interviews and skills tests",
    description: "Many employers give a coding or billing test; practice timed cases.",
  },
  {
    id: "follow-up-applications",
    phase: "JOB_HUNT",
    paths: BOTH,
    kind: "JOB",
    at: 1,
    title: "Follow up every application",
    description: "A short follow-up a week after applying; keep the pipeline moving.",
  },
];

export const PLAN_TEMPLATES_SOURCE = fact("month-by-month plan", GUIDE, UNDATED, "confirmed");
