// Learner-area navigation entries owned by the job-hunt feature.
import type { NavItem } from "./journey-items";
export const JOB_HUNT_NAV_ITEMS: NavItem[] = [];
