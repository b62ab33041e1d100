// The learner dashboard; sends learners who have not finished onboarding to the wizard. It only
// reads: a fit quiz taken before sign-up is claimed by the sign-in POST (lib/actions/auth/after-sign-in.ts).
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/require-permission";
import { getLearnerHome } from "@/lib/data/learner/home";
import { DashboardView } from "@/lib/ui/learner/dashboard-view";
import { PageHeader } from "@/lib/ui/page-header";
import { JobHuntWidgets } from "@/lib/ui/job-hunt/dashboard-widgets";
import { SharedNotesCard } from "@/lib/ui/programs/shared-notes-card";

export const metadata: Metadata = { title: "Learner dashboard" };

export default async function LearnerHomePage() {
  const user = await requirePermission("read:learner-area:own");
  const { dashboard, jobHunt, sharedNotes } = await getLearnerHome(user);
  if (!dashboard.onboarded) redirect("/learner/onboarding");
  return (
    <>
      <PageHeader title={`Welcome, ${user.name}`} subtitle="Your path into medical coding or billing, one dated step at a time." />
      <DashboardView
        d={dashboard}
        jobHunt={
          <>
            <SharedNotesCard notes={sharedNotes} />
            <JobHuntWidgets summary={jobHunt} />
          </>
        }
      />
    </>
  );
}
