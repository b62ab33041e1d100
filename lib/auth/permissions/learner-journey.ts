// Permission rows for the learner journey (fit quiz, onboarding, plan, practice, credentials).
// The fit quiz itself is public; only keeping attempts on an account needs the learner role.
import type { Role } from "./role";

export const LEARNER_JOURNEY_PERMISSIONS = {
  "update:learner-profile:own": ["learner"],
  "read:learner-journey:own": ["learner"],
  "claim:fit-quiz:own": ["learner"],
  "update:shortlist:own": ["learner"],
  "update:plan:own": ["learner"],
  "update:practice-log:own": ["learner"],
  "update:credential:own": ["learner"],
  "update:experience-log:own": ["learner"],
  "update:growth-goals:own": ["learner"],
  "manage:calendar-feed:own": ["learner"],
} as const satisfies Record<string, readonly Role[]>;
