// Permission rows for the learner journey (fit quiz, onboarding, plan, practice, credentials).
import type { Role } from "./role";

export const LEARNER_JOURNEY_PERMISSIONS = {
  "update:learner-profile:own": ["learner"],
} as const satisfies Record<string, readonly Role[]>;
