import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/require-role";
import { getAdvisorHome } from "@/lib/data/areas";
import { Card, EmptyState, PageHeader } from "@/lib/ui/page-header";
import { formatDate } from "@/lib/ui/format";

export const metadata: Metadata = { title: "Advisor" };

export default async function AdvisorHomePage() {
  const user = await requirePermission("read:advisor-area:cohort");
  const cohorts = await getAdvisorHome(user);
  return (
    <>
      <PageHeader title="Your cohorts" subtitle="Learners in the cohorts you advise." />
      {cohorts.length === 0 && <EmptyState>You are not assigned to a cohort yet. A program admin assigns advisors to cohorts.</EmptyState>}
      <div className="grid gap-4">
        {cohorts.map((c) => (
          <Card key={c.id} title={c.name}>
            <p className="mb-3 text-sm text-slate-600">
              {c.organization.name} · {c.path === "BILLING" ? "Billing" : c.path === "CODING" ? "Coding" : "Path not set"}
              {c.credentialCode ? ` · ${c.credentialCode}` : ""} · started {formatDate(c.startDate)}
              {c.targetExamDate ? ` · target exam ${formatDate(c.targetExamDate)}` : ""}
            </p>
            {c.learners.length === 0 ? (
              <EmptyState>No learners have joined this cohort yet.</EmptyState>
            ) : (
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Learners in {c.name}</caption>
                <thead><tr className="border-b border-slate-200"><th scope="col" className="py-2">Learner</th><th scope="col" className="py-2">Joined</th></tr></thead>
                <tbody>
                  {c.learners.map((l) => (
                    <tr key={l.user.id} className="border-b border-slate-100"><td className="py-2">{l.user.name}</td><td className="py-2">{formatDate(l.joinedAt)}</td></tr>
                  ))}
                </tbody>
              </table>
            )}
          </Card>
        ))}
      </div>
    </>
  );
}
