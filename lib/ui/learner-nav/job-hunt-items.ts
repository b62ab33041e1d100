// Learner-area navigation entries owned by the job-hunt feature.
import type { NavItem } from "./journey-items";
export const JOB_HUNT_NAV_ITEMS: NavItem[] = [
  { href: "/learner/resume", label: "Resume" },
  { href: "/learner/match", label: "Match a job" },
  { href: "/learner/applications", label: "Applications" },
  { href: "/learner/remote", label: "Remote readiness" },
  { href: "/learner/portfolio", label: "Portfolio" },
  { href: "/learner/report", label: "Activity report" },
];
