// Permission rows for the weekly emails (issue 15 §3): each person chooses only their own, and
// only the email their role gets (the digest as an advisor, the summary as a learner).
import type { Role } from "./role";

export const WEEKLY_EMAIL_PERMISSIONS = {
  "update:weekly-digest:own": ["advisor"],
  "update:weekly-summary:own": ["learner"],
} as const satisfies Record<string, readonly Role[]>;
