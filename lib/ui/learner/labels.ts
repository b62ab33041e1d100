// Human labels for the journey's codes (personas, work modes, statuses, recommendations).
import type { Persona } from "@/lib/domain/types";

export const PERSONA_LABELS: Record<Persona, { label: string; description: string }> = {
  CAREER_CHANGER: { label: "Career changer", description: "Moving into healthcare from another field" },
  RECENT_GRADUATE: { label: "Recent graduate", description: "Just finished high school or college" },
  PARENT_RETURNING: { label: "Parent returning to work", description: "Coming back after time at home" },
  MILITARY_VETERAN: { label: "Military veteran", description: "Transitioning from service" },
  REMOTE_JOB_SEEKER: { label: "Dedicated remote job seeker", description: "Aiming for a work-from-home role" },
  OTHER: { label: "Other", description: "None of these fits" },
};

export const WORK_MODE_LABELS: Record<string, string> = { REMOTE: "Remote", HYBRID: "Hybrid", ON_SITE: "On-site" };

export const RECOMMENDATION_LABELS: Record<string, string> = {
  CODING: "Medical coding",
  BILLING: "Medical billing",
  EITHER: "Either path",
};

/** How clear a fit-quiz result is, in a word or two (tables); the result page uses full sentences. */
export const CONFIDENCE_LABELS: Record<string, string> = { high: "Clear", medium: "Leaning", low: "Mixed" };

export const LEAN_LABELS: Record<string, string> = { CODING: "leans coding", BILLING: "leans billing", NEUTRAL: "balanced" };

export const CREDENTIAL_STATUS_LABELS: Record<string, string> = {
  NONE: "No credential chosen",
  PLANNED: "Planned",
  SCHEDULED: "Exam scheduled",
  FAILED: "Retake needed",
  PASSED_APPRENTICE: "Passed (apprentice)",
  ACTIVE: "Certified",
  LAPSED: "Lapsed",
};
