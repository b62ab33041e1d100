// The cohorts of one organization as a table (program home and organization overview).
import Link from "next/link";
import type { CohortSummary } from "@/lib/data/programs/cohort-summary";
import { formatDate } from "@/lib/ui/format";

export function CohortTable({ organizationId, cohorts, caption }: { organizationId: string; cohorts: CohortSummary[]; caption: string }) {
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
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
          {cohorts.map((c) => (
            <tr key={c.id} className="border-b border-slate-100">
              <td className="py-2">
                <Link className="font-medium text-brand-700 underline" href={`/programs/${organizationId}/cohorts/${c.id}`}>
                  {c.name}
                </Link>
                {c.archivedAt && <span className="ml-2 rounded bg-slate-200 px-1.5 text-xs">archived</span>}
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
              {/* An archived cohort's code no longer admits anyone, so it is not shown as if it did. */}
              <td>{c.joinCodeEnabled && c.joinCode && !c.archivedAt ? <code>{c.joinCode}</code> : "off"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
