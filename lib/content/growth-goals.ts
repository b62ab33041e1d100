// The career guide's growth roadmap per path: short-term (1–2 years) and long-term (3+ years)
// goals after the first job. Ids are stable so a learner's progress on a goal can be stored.
import { fact } from "@/lib/content/fact";
import { UNDATED } from "@/lib/content/format-fact";
import type { CareerPath } from "@/lib/content/vocabulary";

export type GoalHorizon = "SHORT_TERM" | "LONG_TERM";

export interface GrowthGoal {
  id: string;
  path: CareerPath;
  horizon: GoalHorizon;
  title: string;
  description: string;
}

const GUIDE = { label: "Medical coding & billing career guide" };

export const HORIZON_LABELS: Record<GoalHorizon, string> = {
  SHORT_TERM: "Short term (1–2 years)",
  LONG_TERM: "Long term (3+ years)",
};

export const GROWTH_GOALS: readonly GrowthGoal[] = [
  {
    id: "coding-remove-apprentice",
    path: "CODING",
    horizon: "SHORT_TERM",
    title: "Remove apprentice status",
    description:
      "Turn CPC-A into CPC by one of AAPC's routes: two years' experience, or one year plus an 80-hour course, or the course plus Practicode.",
  },
  {
    id: "coding-master-ehr",
    path: "CODING",
    horizon: "SHORT_TERM",
    title: "Master an EHR and encoder",
    description: "Become the go-to person on your employer's EHR (Epic, Oracle Health, athenahealth…) and encoder.",
  },
  {
    id: "coding-accuracy",
    path: "CODING",
    horizon: "SHORT_TERM",
    title: "Hit your accuracy and productivity targets",
    description: "Consistent audit scores are what earn remote work and raises.",
  },
  {
    id: "coding-specialty-credential",
    path: "CODING",
    horizon: "SHORT_TERM",
    title: "Add a specialty credential",
    description: "COC for hospital outpatient, CRC for risk adjustment, CIC for inpatient: each widens the jobs you qualify for.",
  },
  {
    id: "coding-auditor",
    path: "CODING",
    horizon: "LONG_TERM",
    title: "Move into auditing",
    description: "Auditors review others' coding for accuracy and compliance; CPMA is the credential.",
  },
  {
    id: "coding-supervisor",
    path: "CODING",
    horizon: "LONG_TERM",
    title: "Coding supervisor or manager",
    description: "Lead a coding team: productivity, quality, training new coders.",
  },
  {
    id: "coding-educator-cdi",
    path: "CODING",
    horizon: "LONG_TERM",
    title: "Educator or documentation improvement specialist",
    description: "Teach providers and coders, or work with physicians on documentation quality.",
  },
  {
    id: "billing-master-cycle",
    path: "BILLING",
    horizon: "SHORT_TERM",
    title: "Master the full revenue cycle",
    description: "From eligibility to payment posting: clean claims, denials, appeals and A/R aging.",
  },
  {
    id: "billing-payer-expert",
    path: "BILLING",
    horizon: "SHORT_TERM",
    title: "Know your main payers' rules",
    description: "Payer policies, portals and appeal timelines are what make a biller hard to replace.",
  },
  {
    id: "billing-credential",
    path: "BILLING",
    horizon: "SHORT_TERM",
    title: "Earn or add a credential",
    description: "CPB if you started uncertified; a coding credential (CPC) opens hybrid coder-biller roles.",
  },
  {
    id: "billing-reimbursement-analyst",
    path: "BILLING",
    horizon: "LONG_TERM",
    title: "Reimbursement analyst",
    description: "Analyze payer contracts, underpayments and trends across the revenue cycle.",
  },
  {
    id: "billing-practice-manager",
    path: "BILLING",
    horizon: "LONG_TERM",
    title: "Practice or revenue-cycle manager",
    description: "Run a practice's business side or a billing team (AAPC's CPPM is one credential for it).",
  },
  {
    id: "billing-compliance",
    path: "BILLING",
    horizon: "LONG_TERM",
    title: "Compliance",
    description: "Help an organization follow HIPAA, NCCI and payer rules and avoid False Claims Act risk.",
  },
];

export function goalsFor(path: CareerPath, horizon?: GoalHorizon): GrowthGoal[] {
  return GROWTH_GOALS.filter((g) => g.path === path && (horizon === undefined || g.horizon === horizon));
}

export const GROWTH_GOALS_SOURCE = fact("career growth roadmap", GUIDE, UNDATED, "confirmed");
