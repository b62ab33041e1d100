// The learner area's navigation: every learner page in five groups, and the four pages a
// learner reaches most (dashboard, plan, practice, applications) in the phone tab bar.
import type { NavConfig } from "@/lib/ui/app-shell/nav-model";
import { PLAN_NAV_GROUP, STUDY_NAV_GROUP } from "@/lib/ui/learner-nav/journey-items";
import { JOB_HUNT_NAV_GROUP } from "@/lib/ui/learner-nav/job-hunt-items";
import { CAREER_NAV_GROUP } from "@/lib/ui/learner-nav/program-items";

export const LEARNER_NAV: NavConfig = {
  label: "Learner sections",
  groups: [PLAN_NAV_GROUP, STUDY_NAV_GROUP, JOB_HUNT_NAV_GROUP, CAREER_NAV_GROUP],
  primary: ["/learner", "/learner/plan", "/learner/practice", "/learner/applications"],
};
