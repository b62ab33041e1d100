// Learner-area navigation entries owned by the learner-journey feature.
export interface NavItem { href: string; label: string }
export const JOURNEY_NAV_ITEMS: NavItem[] = [{ href: "/learner", label: "Dashboard" }];
