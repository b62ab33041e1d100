import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/require-permission";
import { listApplications } from "@/lib/data/job-hunt/board";
import { PageHeader } from "@/lib/ui/page-header";
import { MatchWorkspace } from "@/lib/ui/job-hunt/match-workspace";

export const metadata: Metadata = { title: "Match a job description" };

export default async function MatchPage() {
  const user = await requirePermission("read:learner-area:own");
  const apps = await listApplications(user, { sort: "updated" });
  return (
    <>
      <PageHeader
        title="Match a job description"
        subtitle="See which coding and billing terms a posting asks for, which your resume has, and what to add — with the score's formula shown."
      />
      <MatchWorkspace applications={apps.map((a) => ({ id: a.id, label: `${a.company} — ${a.title}` }))} />
    </>
  );
}
