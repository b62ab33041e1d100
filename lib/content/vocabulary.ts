// The words the reference data and the domain share: career paths, personas, plan phases,
// milestone kinds and certifying bodies.

export type CareerPath = "CODING" | "BILLING";
export type FitRecommendation = CareerPath | "EITHER";
export type Lean = CareerPath | "NEUTRAL";

export const PERSONAS = [
  "CAREER_CHANGER",
  "RECENT_GRADUATE",
  "PARENT_RETURNING",
  "MILITARY_VETERAN",
  "REMOTE_JOB_SEEKER",
  "OTHER",
] as const;
export type Persona = (typeof PERSONAS)[number];

export const PHASE_KEYS = ["FOUNDATION", "CORE_SKILLS", "EXAM_PREP", "JOB_HUNT"] as const;
export type PhaseKey = (typeof PHASE_KEYS)[number];

export type MilestoneKind = "LEARN" | "PRACTICE" | "EXAM" | "JOB";
export type MilestoneStatus = "OPEN" | "DONE" | "SKIPPED";

export type CertBody = "AAPC" | "AHIMA";
