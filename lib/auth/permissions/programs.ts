// Permission rows for programs and advisors: organizations, staff, cohorts, onboarding,
// the advisor roster, learner drill-down, notes and outcomes.
import type { Role } from "./role";

const ANY_SIGNED_IN = ["user"] as const;

export const PROGRAM_PERMISSIONS = {
  "create:organization:any": ANY_SIGNED_IN,
  "update:organization:org": ["admin"],
  "manage:staff:org": ["admin"],
  "manage:cohort:org": ["admin"],
  "invite:learner:org": ["admin"],
  "manage:invitation:org": ["admin"],
  "read:outcomes:org": ["admin"],
  "manage:enrollment:org": ["admin"],
  "read:roster:cohort": ["advisor", "admin"],
  "read:learner-dashboard:cohort": ["advisor", "admin"],
  "create:learner-note:cohort": ["advisor", "admin"],
  "accept:invitation:own": ANY_SIGNED_IN,
  "join:cohort:own": ANY_SIGNED_IN,
  "leave:cohort:own": ["learner"],
  "read:access-log:own": ["learner"],
  "record:placement:own": ["learner"],
} as const satisfies Record<string, readonly Role[]>;
