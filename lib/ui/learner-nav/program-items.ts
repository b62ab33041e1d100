// Learner-area navigation entries owned by the programs feature (and the career after it).
import type { NavGroup } from "@/lib/ui/app-shell/nav-model";

export const CAREER_NAV_GROUP: NavGroup = {
  id: "career",
  label: "Career & privacy",
  items: [
    { href: "/learner/job", label: "Your job", icon: "job" },
    { href: "/learner/growth", label: "Growth", icon: "growth" },
    { href: "/learner/privacy", label: "Programs & privacy", icon: "privacy" },
  ],
};
