// Permission rows for the job-hunt toolkit (resume, matcher, applications, portfolio).
import type { Role } from "./role";

export const JOB_HUNT_PERMISSIONS = {
  "update:resume:own": ["learner"],
} as const satisfies Record<string, readonly Role[]>;
