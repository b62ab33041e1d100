// Learner-area navigation entries owned by the job-hunt feature.
import type { NavGroup } from "@/lib/ui/app-shell/nav-model";

export const JOB_HUNT_NAV_GROUP: NavGroup = {
  id: "job-hunt",
  label: "Job hunt",
  items: [
    { href: "/learner/resume", label: "Resume", icon: "resume" },
    { href: "/learner/match", label: "Match a job", icon: "match" },
    { href: "/learner/applications", label: "Applications", icon: "applications" },
    { href: "/learner/remote", label: "Remote readiness", icon: "remote" },
    { href: "/learner/portfolio", label: "Portfolio", icon: "portfolio" },
    { href: "/learner/report", label: "Activity report", icon: "report" },
  ],
};
