// The learner dashboard at a glance. `jobHunt` is the slot where the job-hunt feature's
// widgets are rendered, kept apart from the journey's own cards.
import type { LearnerDashboard } from "@/lib/data/learner/dashboard";
import { DashboardBody } from "./dashboard-body";

export function DashboardView({
  d,
  jobHunt,
  staffView,
}: {
  d: LearnerDashboard;
  jobHunt?: React.ReactNode;
  /** Set when an advisor or admin reads it (lib/ui/advisor/staff-learner-dashboard). */
  staffView?: { learnerName: string };
}) {
  return <DashboardBody d={d} bar={d.passingPercent} jobHunt={jobHunt} staffView={staffView} />;
}
