// The learner's own dashboard components, rendered read-only for their advisor or admin.
import { getLearnerDashboardForStaff } from "@/lib/data/learner/dashboard";
import { getJobHuntSummaryForStaff } from "@/lib/data/job-hunt/dashboard-summary";
import type { CurrentUser } from "@/lib/auth/current-user";
import { DashboardView } from "@/lib/ui/learner/dashboard-view";
import { JobHuntWidgets } from "@/lib/ui/job-hunt/dashboard-widgets";

export async function StaffLearnerDashboard({
  actor,
  learnerId,
  learnerName,
}: {
  actor: CurrentUser;
  learnerId: string;
  learnerName: string;
}) {
  const [dashboard, jobHunt] = await Promise.all([
    getLearnerDashboardForStaff(actor, learnerId),
    getJobHuntSummaryForStaff(actor, learnerId),
  ]);
  return <DashboardView d={dashboard} staffView={{ learnerName }} jobHunt={<JobHuntWidgets summary={jobHunt} staff />} />;
}
