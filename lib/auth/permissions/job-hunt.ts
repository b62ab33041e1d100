// Permission rows for the job-hunt toolkit (resume, matcher, applications, portfolio).
// Learners act on their own rows only; the data layer also scopes every query by user id.
import type { Role } from "./role";

export const JOB_HUNT_PERMISSIONS = {
  "read:job-hunt:own": ["learner"],
  "update:resume:own": ["learner"],
  "update:checklist:own": ["learner"],
  "update:application:own": ["learner"],
  "import:application:own": ["learner"],
  "update:portfolio:own": ["learner"],
} as const satisfies Record<string, readonly Role[]>;
