// The one role → permission table. Permissions are `verb:entity:scope`; the scope says
// which rows the data layer lets a role touch (own = the user's own, cohort = learners of
// cohorts they advise, org = their organization). The access-matrix test reads this table.

// Each feature keeps its rows in its own file (./learner-journey.ts, ./job-hunt.ts, …).
import type { Role } from "./role";
import { LEARNER_JOURNEY_PERMISSIONS } from "./learner-journey";
import { JOB_HUNT_PERMISSIONS } from "./job-hunt";
import { PROGRAM_PERMISSIONS } from "./programs";
import { WEEKLY_EMAIL_PERMISSIONS } from "./weekly-emails";

export type { Role };

const FOUNDATION_PERMISSIONS = {
  "update:account:own": ["user"],
  "read:learner-area:own": ["learner"],
  "read:advisor-area:cohort": ["advisor"],
  "read:program-area:org": ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export const PERMISSIONS = {
  ...FOUNDATION_PERMISSIONS,
  ...LEARNER_JOURNEY_PERMISSIONS,
  ...JOB_HUNT_PERMISSIONS,
  ...PROGRAM_PERMISSIONS,
  ...WEEKLY_EMAIL_PERMISSIONS,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function hasPermission(user: { roles: readonly Role[] } | null, permission: Permission): boolean {
  if (!user) return false;
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return user.roles.some((r) => allowed.includes(r));
}

/** Each role's home area; people with several roles can switch between them. */
export const AREAS = [
  { role: "learner", href: "/learner", label: "Learner" },
  { role: "advisor", href: "/advisor", label: "Advisor" },
  { role: "admin", href: "/programs", label: "Program admin" },
] as const satisfies readonly { role: Role; href: string; label: string }[];

export type AreaRole = (typeof AREAS)[number]["role"];

export function homeFor(user: { roles: readonly Role[] }, preferred?: string | null): string {
  const held = AREAS.filter((a) => user.roles.includes(a.role));
  const chosen = held.find((a) => a.role === preferred) ?? held[held.length - 1];
  return chosen?.href ?? "/account";
}
