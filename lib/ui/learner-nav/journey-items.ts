// Learner-area navigation entries owned by the learner-journey feature.
import type { NavGroup } from "@/lib/ui/app-shell/nav-model";

export type { NavItem } from "@/lib/ui/app-shell/nav-model";

export const PLAN_NAV_GROUP: NavGroup = {
  id: "plan",
  label: "Plan",
  items: [
    { href: "/learner", label: "Dashboard", icon: "dashboard" },
    { href: "/learner/path", label: "Path", icon: "path" },
    { href: "/learner/programs", label: "Programs", icon: "programs" },
    { href: "/learner/plan", label: "Plan", icon: "plan" },
  ],
};

export const STUDY_NAV_GROUP: NavGroup = {
  id: "study",
  label: "Study & credential",
  items: [
    { href: "/learner/practice", label: "Practice", icon: "practice" },
    { href: "/learner/credential", label: "Credential", icon: "credential" },
    { href: "/learner/credential/experience", label: "Experience", icon: "experience" },
  ],
};
