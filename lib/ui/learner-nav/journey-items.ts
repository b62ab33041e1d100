// Learner-area navigation entries owned by the learner-journey feature.
export interface NavItem {
  href: string;
  label: string;
}
export const JOURNEY_NAV_ITEMS: NavItem[] = [
  { href: "/learner", label: "Dashboard" },
  { href: "/learner/path", label: "Path" },
  { href: "/learner/programs", label: "Programs" },
  { href: "/learner/plan", label: "Plan" },
  { href: "/learner/practice", label: "Practice" },
  { href: "/learner/credential", label: "Credential" },
  { href: "/learner/growth", label: "Growth" },
];
