// The learner dashboard at a glance. `jobHunt` is the slot where the job-hunt feature's
// widgets are rendered, kept apart from the journey's own cards.
import type { LearnerDashboard } from "@/lib/data/learner/dashboard";
import { DashboardBody } from "./dashboard-body";

export function DashboardView({ d, jobHunt, staff }: { d: LearnerDashboard; jobHunt?: React.ReactNode; staff?: boolean }) {
  return <DashboardBody d={d} bar={d.passingPercent} jobHunt={jobHunt} staff={staff} />;
}
