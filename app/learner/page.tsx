import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/require-role";
import { getLearnerHome } from "@/lib/data/areas";
import { Card, EmptyState, PageHeader } from "@/lib/ui/page-header";
import { formatDate } from "@/lib/ui/format";

export const metadata: Metadata = { title: "Learner dashboard" };

export default async function LearnerHomePage() {
  const user = await requirePermission("read:learner-area:own");
  const { cohorts } = await getLearnerHome(user);
  return (
    <>
      <PageHeader title={`Welcome, ${user.name}`} subtitle="Your path into medical coding or billing, one dated step at a time." />
      <Card title="Your programs">
        {cohorts.length === 0 ? (
          <EmptyState>You are not in a program cohort. If your school gave you an invitation link or join code, use it to connect your plan with your advisor.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100">
            {cohorts.map((c) => (
              <li key={c.id} className="py-2">
                <p className="font-medium">{c.name}</p>
                <p className="text-sm text-slate-600">{c.program} · joined {formatDate(c.joinedAt)}</p>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
