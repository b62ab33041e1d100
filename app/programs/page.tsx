import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/require-role";
import { getProgramHome } from "@/lib/data/areas";
import { PageHeader } from "@/lib/ui/page-header";
import { Card } from "@/lib/ui/card";
import { EmptyState } from "@/lib/ui/empty-state";
import { formatDate } from "@/lib/ui/format";
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
      <div className="grid gap-6">
        {orgs.map((org) => (
          <div key={org.id} className="grid gap-4">
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
                <EmptyState>No cohorts yet.</EmptyState>
              ) : (
                <div className="overflow-x-auto">
                  <table className="w-full min-w-[36rem] text-left text-sm">
                    <caption className="sr-only">Cohorts of {org.name}</caption>
                    <thead>
                      <tr className="border-b border-slate-200">
                        <th scope="col" className="py-2">
                          Cohort
                        </th>
                        <th scope="col">Path</th>
                        <th scope="col">Dates</th>
                        <th scope="col">Learners</th>
                        <th scope="col">Advisors</th>
                        <th scope="col">Join code</th>
                      </tr>
                    </thead>
                    <tbody>
                      {org.cohorts.map((c) => (
                        <tr key={c.id} className="border-b border-slate-100">
                          <td className="py-2 font-medium">
                            <Link className="text-brand-700 underline" href={`/programs/${org.id}/cohorts/${c.id}`}>
                              {c.name}
                            </Link>
                          </td>
                          <td>
                            {c.path ?? "—"}
                            {c.credentialCode ? ` · ${c.credentialCode}` : ""}
                          </td>
                          <td>
                            {formatDate(c.startDate)} – {formatDate(c.endDate)}
                          </td>
                          <td>{c._count.learners}</td>
                          <td>{c._count.advisors}</td>
                          <td>{c.joinCodeEnabled && c.joinCode ? <code>{c.joinCode}</code> : "off"}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
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
