// The fit quiz as reference data: the career guide's quick checklist (6 statements) and its
// 5 decision dimensions, each answer leaning coding or billing with a weight. Scoring lives
// in lib/domain/fit-quiz.ts; this file only says what the guide says.
import { fact } from "@/lib/content/fact";
import { UNDATED } from "@/lib/content/format-fact";
import type { Lean } from "@/lib/content/vocabulary";

export type FitDimensionKey = "INTEREST" | "WORK_STYLE" | "COMMUNICATION" | "SPECIALIZATION" | "TIMELINE";

export interface FitDimension {
  key: FitDimensionKey;
  label: string;
  /** Why this dimension leaned the way it did, per lean. */
  why: Record<Lean, string>;
}

export interface FitOption {
  value: number;
  label: string;
  lean: Lean;
  /** 0 for neutral; larger = stronger evidence for `lean`. */
  weight: number;
}

export interface FitQuestion {
  id: string;
  kind: "CHECKLIST" | "SCALE";
  prompt: string;
  dimension: FitDimensionKey;
  options: readonly FitOption[];
  /** What an answer leaning each way tells us. */
  explanation: Record<Lean, string>;
}

const GUIDE = { label: "Medical coding & billing career guide" };

/** Checklist statements: agreeing is direct evidence; disagreeing is weaker evidence the other way. */
function agree(lean: "CODING" | "BILLING"): FitOption[] {
  const other = lean === "CODING" ? "BILLING" : "CODING";
  return [
    { value: 1, label: "Strongly disagree", lean: other, weight: 1 },
    { value: 2, label: "Disagree", lean: other, weight: 0.5 },
    { value: 3, label: "Not sure", lean: "NEUTRAL", weight: 0 },
    { value: 4, label: "Agree", lean, weight: 1 },
    { value: 5, label: "Strongly agree", lean, weight: 2 },
  ];
}

/** Dimension scales run from the coding end (1) to the billing end (5). */
function scale(codingEnd: string, billingEnd: string, codingWeight = 2): FitOption[] {
  return [
    { value: 1, label: codingEnd, lean: "CODING", weight: codingWeight },
    { value: 2, label: `Closer to “${codingEnd}”`, lean: "CODING", weight: codingWeight / 2 },
    { value: 3, label: "Somewhere in between", lean: "NEUTRAL", weight: 0 },
    { value: 4, label: `Closer to “${billingEnd}”`, lean: "BILLING", weight: 1 },
    { value: 5, label: billingEnd, lean: "BILLING", weight: 2 },
  ];
}

const CERT_POINT =
  "Billing roles (payment posting, patient accounts, claims assistant) are sometimes reachable before " +
  "certification, while coding jobs almost always require a credential such as CPC or CCA first.";

export const FIT_DIMENSIONS: readonly FitDimension[] = [
  {
    key: "INTEREST",
    label: "Interest",
    why: {
      CODING: "You are drawn to the clinical side: documentation, anatomy and the code sets that describe care.",
      BILLING: "You are drawn to the business side: payers, payments and getting claims paid.",
      NEUTRAL: "Both the clinical and the business side interest you about equally.",
    },
  },
  {
    key: "WORK_STYLE",
    label: "Work style",
    why: {
      CODING: "Coding suits long, focused stretches of independent, rule-based analysis.",
      BILLING: "Billing suits a varied day of follow-ups, deadlines and juggling many accounts.",
      NEUTRAL: "You could work either in focused analysis or in a varied, multitasking day.",
    },
  },
  {
    key: "COMMUNICATION",
    label: "Communication tolerance",
    why: {
      CODING: "Coders mostly talk to providers through queries; you prefer limited phone and patient contact.",
      BILLING: "Billers are on the phone with payers and patients daily, including about money owed, and you are fine with that.",
      NEUTRAL: "You can handle some contact with payers and patients without seeking it out.",
    },
  },
  {
    key: "SPECIALIZATION",
    label: "Specialization",
    why: {
      CODING: "Coding offers a credential ladder into specialties (COC, CRC, CIC) and auditing.",
      BILLING: "Billing grows toward revenue-cycle roles: reimbursement analyst, practice manager, compliance.",
      NEUTRAL: "You have no strong preference yet between a coding specialty and revenue-cycle growth.",
    },
  },
  {
    key: "TIMELINE",
    label: "Timeline to entry",
    why: {
      CODING: `You can invest months in training and certification before your first job. ${CERT_POINT}`,
      BILLING: `You need to start working soon. ${CERT_POINT}`,
      NEUTRAL: `Your timeline is flexible. ${CERT_POINT}`,
    },
  },
];

export const FIT_QUESTIONS: readonly FitQuestion[] = [
  {
    id: "checklist-detail",
    kind: "CHECKLIST",
    dimension: "WORK_STYLE",
    options: agree("CODING"),
    prompt: "I enjoy detailed, analytical work: reading clinical notes closely and applying rules precisely.",
    explanation: {
      CODING: "You enjoy precise, detailed rule-following, the core of coding.",
      BILLING: "Close reading of clinical notes all day does not appeal to you.",
      NEUTRAL: "Unsure about detail-heavy work.",
    },
  },
  {
    id: "checklist-phone",
    kind: "CHECKLIST",
    dimension: "COMMUNICATION",
    options: agree("BILLING"),
    prompt: "I'm comfortable on the phone with insurance companies and patients, including about money owed.",
    explanation: {
      BILLING: "Comfort with payer and patient calls is a daily need in billing.",
      CODING: "You would rather avoid frequent calls about money, which coding mostly spares you.",
      NEUTRAL: "Unsure about phone work.",
    },
  },
  {
    id: "checklist-anatomy",
    kind: "CHECKLIST",
    dimension: "INTEREST",
    options: agree("CODING"),
    prompt: "Medical terminology, anatomy and how diseases and procedures work sound interesting to me.",
    explanation: {
      CODING: "Interest in anatomy and terminology carries you through coding training.",
      BILLING: "Clinical detail is not what draws you.",
      NEUTRAL: "Unsure about clinical content.",
    },
  },
  {
    id: "checklist-follow-up",
    kind: "CHECKLIST",
    dimension: "INTEREST",
    options: agree("BILLING"),
    prompt: "I like chasing a problem until it's solved: following up denied claims, appealing, negotiating.",
    explanation: {
      BILLING: "Persistence with denials and appeals is what billers do.",
      CODING: "Chasing payments does not appeal to you.",
      NEUTRAL: "Unsure about follow-up work.",
    },
  },
  {
    id: "checklist-specialize",
    kind: "CHECKLIST",
    dimension: "SPECIALIZATION",
    options: agree("CODING"),
    prompt: "I'd like to specialize (surgery, risk adjustment, inpatient…) and add credentials over time.",
    explanation: {
      CODING: "Specialty credentials are a natural ladder for coders.",
      BILLING: "Stacking specialty coding credentials is not your goal.",
      NEUTRAL: "Unsure about specializing.",
    },
  },
  {
    id: "checklist-start-soon",
    kind: "CHECKLIST",
    dimension: "TIMELINE",
    options: agree("BILLING"),
    prompt: "I need to start working in a healthcare office within a few months, before finishing a certification.",
    explanation: {
      BILLING: CERT_POINT,
      CODING: "You can wait for certification, which coding jobs almost always require.",
      NEUTRAL: "Unsure about timing.",
    },
  },
  {
    id: "scale-interest",
    kind: "SCALE",
    dimension: "INTEREST",
    prompt: "What draws you more?",
    options: scale("Clinical documentation and codes", "Insurance, payments and claims"),
    explanation: { CODING: "You picked the clinical side.", BILLING: "You picked the business side.", NEUTRAL: "You picked the middle." },
  },
  {
    id: "scale-work-style",
    kind: "SCALE",
    dimension: "WORK_STYLE",
    prompt: "How do you like to work?",
    options: scale("Quiet, focused, independent analysis", "A varied day of calls, follow-ups and deadlines"),
    explanation: {
      CODING: "You prefer focused analysis.",
      BILLING: "You prefer a varied, active day.",
      NEUTRAL: "Either style works for you.",
    },
  },
  {
    id: "scale-communication",
    kind: "SCALE",
    dimension: "COMMUNICATION",
    prompt: "How much contact with payers and patients suits you?",
    options: scale("As little as possible", "Plenty, including difficult conversations"),
    explanation: {
      CODING: "You prefer little outside contact.",
      BILLING: "You welcome frequent contact.",
      NEUTRAL: "Some contact is fine.",
    },
  },
  {
    id: "scale-specialization",
    kind: "SCALE",
    dimension: "SPECIALIZATION",
    prompt: "Where would you like to grow?",
    options: scale("Deep coding expertise: specialties, auditing", "Revenue cycle: A/R, reimbursement, practice management"),
    explanation: { CODING: "You want coding depth.", BILLING: "You want revenue-cycle breadth.", NEUTRAL: "Undecided about growth." },
  },
  {
    id: "scale-timeline",
    kind: "SCALE",
    dimension: "TIMELINE",
    prompt: "How soon do you need to start working?",
    // Having time does not pull toward coding as hard as urgency pulls toward billing.
    options: scale("I can train and certify first (6–12+ months)", "As soon as possible", 1),
    explanation: { CODING: "You have time to certify first.", BILLING: CERT_POINT, NEUTRAL: "Your timing is flexible." },
  },
];

/** What the quiz page tells people before they start, in plain words. */
export const FIT_QUIZ_INTRO = {
  title: "Coding or billing? Find your fit",
  lead: "Eleven short questions, about three minutes. You will see which path suits you, how clear the answer is, and why.",
  saving: "Your result is kept in this browser. Create an account and it moves to your plan when you sign in.",
} as const;

/** Provenance shown beside the quiz. */
export const FIT_QUIZ_SOURCE = fact("quick checklist and decision dimensions", GUIDE, UNDATED, "confirmed");
