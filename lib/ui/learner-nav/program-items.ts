// Learner-area navigation entries owned by the programs feature.
import type { NavItem } from "./journey-items";
export const PROGRAM_NAV_ITEMS: NavItem[] = [
  { href: "/learner/job", label: "Your job" },
  { href: "/learner/privacy", label: "Programs & privacy" },
];
