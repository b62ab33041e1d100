import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/require-permission";
import { getProgramHome } from "@/lib/data/areas";
import { PageHeader } from "@/lib/ui/page-header";
import { CohortTable } from "@/lib/ui/programs/cohort-table";
import { Card } from "@/lib/ui/card";
import { EmptyState } from "@/lib/ui/empty-state";
import Link from "next/link";

export const metadata: Metadata = { title: "Program admin" };

export default async function ProgramHomePage() {
  const user = await requirePermission("read:program-area:org");
  const orgs = await getProgramHome(user);
  return (
    <>
      <PageHeader
        title="Your programs"
        subtitle="Cohorts, advisors and learners of the programs you administer."
        actions={
          <Link className="rounded-md px-3 py-2 text-sm font-semibold text-brand-800 ring-1 ring-brand-700" href="/programs/new">
            Create another program
          </Link>
        }
      />
      <div className="grid grid-cols-1 gap-6">
        {orgs.map((org) => (
          <div key={org.id} className="grid grid-cols-1 gap-4">
            <h2 className="text-xl font-semibold">
              <Link className="text-brand-700 underline" href={`/programs/${org.id}`}>
                {org.name}
              </Link>
            </h2>
            <p className="flex flex-wrap gap-3 text-sm">
              <Link className="text-brand-700 underline" href={`/programs/${org.id}`}>
                Manage cohorts and staff
              </Link>
              <Link className="text-brand-700 underline" href={`/programs/${org.id}/import`}>
                Import learners
              </Link>
              <Link className="text-brand-700 underline" href={`/programs/${org.id}/outcomes`}>
                Outcomes
              </Link>
            </p>
            {org.description && <p className="text-slate-700">{org.description}</p>}
            <Card title="Cohorts">
              {org.cohorts.length === 0 ? (
                <EmptyState action={{ label: "New cohort", href: `/programs/${org.id}/cohorts/new` }}>No cohorts yet.</EmptyState>
              ) : (
                <CohortTable organizationId={org.id} cohorts={org.cohorts} caption={`Cohorts of ${org.name}`} />
              )}
            </Card>
            <Card title="Staff">
              <ul className="divide-y divide-slate-100">
                {org.memberships.map((m) => (
                  <li key={m.user.email} className="flex flex-wrap justify-between gap-2 py-2 text-sm">
                    <span>
                      {m.user.name} <span className="text-slate-600">({m.user.email})</span>
                    </span>
                    <span className="rounded bg-slate-100 px-2 py-0.5 text-slate-800">{m.role === "ADMIN" ? "Admin" : "Advisor"}</span>
                  </li>
                ))}
              </ul>
            </Card>
          </div>
        ))}
      </div>
    </>
  );
}
