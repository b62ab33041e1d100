// Training routes into coding/billing (duration, cost, what each leads to) and the guide's
// criteria for comparing concrete programs. Figures are the career guide's; there is no
// official source for the cost ranges, so costs are "uncertain" (REFERENCE.md).
import { fact, type Fact, type Source } from "@/lib/content/fact";
import { UNDATED } from "@/lib/content/format-fact";
import type { CredentialCode } from "@/lib/content/credentials";

export type TrainingRouteCode = "CC_CERTIFICATE" | "AAS_HIT" | "BACHELOR_HIM" | "SELF_PACED_ONLINE" | "PREP_COURSE";

export interface MonthRange {
  min: number;
  max: number;
}

export interface CostRange {
  /** How the guide puts it, e.g. "$5,000 – $20,000+". */
  text: string;
  minUsd?: number;
  maxUsd?: number;
  /** True when the top of the range is open ("$20,000+"). */
  openEnded?: boolean;
}

export interface TrainingRoute {
  code: TrainingRouteCode;
  name: string;
  durationMonths: Fact<MonthRange>;
  cost: Fact<CostRange>;
  leadsTo: string;
  /** Credentials this route prepares for or makes the learner eligible for. */
  credentials: readonly CredentialCode[];
  notes: readonly string[];
}

const GUIDE: Source = { label: "Chartpath career guide" };
const months = (min: number, max: number, confidence: "confirmed" | "uncertain", note?: string) =>
  fact({ min, max }, GUIDE, UNDATED, confidence, note);
const cost = (range: CostRange, note?: string) => fact(range, GUIDE, UNDATED, "uncertain", note);

const COLLEGE_COST: CostRange = { text: "$5,000 – $20,000+", minUsd: 5000, maxUsd: 20000, openEnded: true };

export const TRAINING_ROUTES: readonly TrainingRoute[] = [
  {
    code: "CC_CERTIFICATE",
    name: "Community-college certificate",
    durationMonths: months(9, 12, "uncertain"),
    cost: cost(COLLEGE_COST, "Range covers certificates and the associate degree."),
    leadsTo: "Entry coding or billing roles and the CPC, CCA or CPB exam",
    credentials: ["CPC", "CCA", "CPB"],
    notes: ["Structured, with foundational courses (anatomy, terminology, coding)"],
  },
  {
    code: "AAS_HIT",
    name: "Associate degree (AAS) in Health Information Technology",
    durationMonths: months(24, 24, "confirmed"),
    cost: cost(COLLEGE_COST, "Range covers certificates and the associate degree."),
    leadsTo: "RHIT eligibility when the program is CAHIIM-accredited",
    credentials: ["RHIT", "CCA", "CCS"],
    notes: ["Check CAHIIM accreditation: it is what makes graduates RHIT-eligible"],
  },
  {
    code: "BACHELOR_HIM",
    name: "Bachelor's in Health Information Management",
    durationMonths: months(48, 48, "confirmed"),
    cost: cost({ text: "Highest of the routes" }),
    leadsTo: "RHIA eligibility (CAHIIM-accredited); leadership and compliance roles",
    credentials: ["RHIA"],
    notes: ["Longest and costliest route; aims at HIM management rather than a first coding job"],
  },
  {
    code: "SELF_PACED_ONLINE",
    name: "Self-paced online program",
    durationMonths: months(4, 12, "confirmed"),
    cost: cost({ text: "under $2,000 – about $7,000", maxUsd: 7000 }),
    leadsTo: "The CPC, CPB or CCA exam",
    credentials: ["CPC", "CPB", "CCA"],
    notes: ["Check accreditation, exam pass rates and job placement rates before enrolling"],
  },
  {
    code: "PREP_COURSE",
    name: "AAPC / AHIMA exam prep course",
    durationMonths: months(4, 6, "uncertain", "Estimate."),
    cost: cost({ text: "Varies" }),
    leadsTo: "A specific AAPC or AHIMA exam",
    credentials: ["CPC", "COC", "CPB", "CCA", "CCS"],
    notes: ["AAPC's 80-contact-hour course counts toward removing the CPC-A"],
  },
];

export function getTrainingRoute(code: TrainingRouteCode): TrainingRoute {
  const found = TRAINING_ROUTES.find((route) => route.code === code);
  if (!found) throw new Error(`Unknown training route: ${code}`);
  return found;
}

export type ProgramCriterionKey =
  | "ACCREDITATION"
  | "INSTRUCTOR_CREDENTIALS"
  | "EXAM_PASS_RATE"
  | "JOB_PLACEMENT_RATE"
  | "EXTERNSHIP"
  | "PLACEMENT_HELP"
  | "COST"
  | "DURATION";

export interface ProgramCriterion {
  key: ProgramCriterionKey;
  label: string;
  /** What kind of value a learner records when comparing programs. */
  kind: "yes-no" | "text" | "percent" | "usd" | "months";
  why: string;
}

export const PROGRAM_CRITERIA: readonly ProgramCriterion[] = [
  {
    key: "ACCREDITATION",
    label: "Accreditation",
    kind: "text",
    why: "Degrees need CAHIIM accreditation for RHIT/RHIA eligibility; unaccredited programs can leave you unable to sit an exam.",
  },
  {
    key: "INSTRUCTOR_CREDENTIALS",
    label: "Instructor credentials",
    kind: "text",
    why: "Instructors who hold CPC, CCS or RHIT credentials teach what the exam and the job expect.",
  },
  {
    key: "EXAM_PASS_RATE",
    label: "Exam pass rate",
    kind: "percent",
    why: "The clearest sign the program actually prepares students to certify.",
  },
  {
    key: "JOB_PLACEMENT_RATE",
    label: "Job placement rate",
    kind: "percent",
    why: "Shows whether graduates get hired, not just certified.",
  },
  {
    key: "EXTERNSHIP",
    label: "Externship",
    kind: "yes-no",
    why: "Supervised work on real records answers employers' 'experience required' and gives you something for the resume.",
  },
  {
    key: "PLACEMENT_HELP",
    label: "Job-placement help",
    kind: "yes-no",
    why: "Employer contacts, resume help and interview prep shorten the job hunt.",
  },
  { key: "COST", label: "Cost", kind: "usd", why: "Compare total cost, including books, exam fees and membership." },
  { key: "DURATION", label: "Duration", kind: "months", why: "Sets when you can sit the exam and start applying." },
];
