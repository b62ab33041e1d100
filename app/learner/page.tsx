// The learner dashboard. Claims fit-quiz attempts taken in this browser before sign-up and
// sends learners who have not finished onboarding to the wizard.
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/require-role";
import { VISITOR_COOKIE } from "@/lib/actions/learner/visitor-cookie";
import { claimVisitorAttempts } from "@/lib/data/learner/fit-quiz";
import { getLearnerDashboard } from "@/lib/data/learner/dashboard";
import { DashboardView } from "@/lib/ui/learner/dashboard-view";
import { PageHeader } from "@/lib/ui/page-header";
import { getJobHuntSummary } from "@/lib/data/job-hunt/dashboard-summary";
import { getSharedNotesForMe } from "@/lib/data/programs/learner-view";
import { JobHuntWidgets } from "@/lib/ui/job-hunt/dashboard-widgets";
import { SharedNotesCard } from "@/lib/ui/programs/shared-notes-card";

export const metadata: Metadata = { title: "Learner dashboard" };

export default async function LearnerHomePage() {
  const user = await requirePermission("read:learner-area:own");
  const visitorId = (await cookies()).get(VISITOR_COOKIE)?.value;
  if (visitorId) await claimVisitorAttempts(user, visitorId);
  const [dashboard, jobHunt, notes] = await Promise.all([getLearnerDashboard(user), getJobHuntSummary(user), getSharedNotesForMe(user)]);
  if (!dashboard.onboarded) redirect("/learner/onboarding");
  return (
    <>
      <PageHeader title={`Welcome, ${user.name}`} subtitle="Your path into medical coding or billing, one dated step at a time." />
      <DashboardView d={dashboard} jobHunt={<><SharedNotesCard notes={notes} /><JobHuntWidgets summary={jobHunt} /></>} />
    </>
  );
}
