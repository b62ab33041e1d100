import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/require-permission";
import { getOutcomesReport, PLACEMENT_WINDOW_DAYS, type OutcomeRow } from "@/lib/data/programs/outcomes";
import { NotFoundError } from "@/lib/data/errors";
import { formatRate, rate } from "@/lib/domain/outcome-format";
import { PageHeader } from "@/lib/ui/page-header";
import { Card } from "@/lib/ui/card";
import { EmptyState } from "@/lib/ui/empty-state";
import { OutcomeFunnel } from "@/lib/ui/programs/outcome-funnel";
import { CohortComparison } from "@/lib/ui/programs/cohort-comparison";
import { PrintButton } from "@/lib/ui/print-button";
import { formatUsd } from "@/lib/content/format-fact";
import { buttonVariants } from "@/lib/ui/primitives/button-variants";

export const metadata: Metadata = { title: "Outcomes" };

function Rates({ r }: { r: OutcomeRow }) {
  return (
    <>
      <td className="py-2 pr-2">{formatRate(rate(r.passedFirstAttempt, r.attempted))}</td>
      <td className="pr-2">{formatRate(rate(r.passed, r.attempted))}</td>
      <td className="pr-2">{formatRate(rate(r.placed, r.joined))}</td>
      <td className="pr-2">{formatRate(rate(r.placedInField, r.joined))}</td>
      <td className="pr-2">{r.medianDaysToCertification === null ? "—" : `${Math.round(r.medianDaysToCertification)} days`}</td>
      <td className="pr-2">
        {r.medianStartingSalary === null ? "—" : `${formatUsd(Math.round(r.medianStartingSalary))} (${r.salariesShared})`}
      </td>
      <td>{formatRate(rate(r.knownOutcome, r.joined))}</td>
    </>
  );
}

export default async function OutcomesPage({ params }: { params: Promise<{ orgId: string }> }) {
  const user = await requirePermission("read:outcomes:org");
  const { orgId } = await params;
  const { value: rows, computedAt } = await getOutcomesReport(user, orgId).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const total = rows.find((r) => r.cohortId === null)!;
  const cohorts = rows.filter((r) => r.cohortId !== null);
  return (
    <>
      <p className="no-print mb-2 text-sm">
        <Link className="text-brand-700 underline" href={`/programs/${orgId}`}>
          ← Program
        </Link>
      </p>
      <PageHeader
        title="Certification and placement outcomes"
        subtitle={`Computed from learners' records at ${computedAt.toISOString().slice(0, 16).replace("T", " ")} UTC; changes by staff and learners joining or leaving show at once; other learner activity within a minute.`}
        actions={
          <div className="no-print flex gap-2">
            <a className={buttonVariants({ size: "sm" })} href={`/programs/${orgId}/outcomes/export.csv`}>
              Download CSV
            </a>
            <PrintButton label="Print report" />
          </div>
        }
      />
      {total.joined === 0 ? (
        <EmptyState action={null}>No learners have joined yet. Outcomes appear as learners join, sit exams and record jobs.</EmptyState>
      ) : (
        <div className="grid grid-cols-1 gap-6">
          <Card>
            <OutcomeFunnel row={total} />
          </Card>
          {cohorts.length > 1 && (
            <Card title="Cohorts compared">
              <CohortComparison cohorts={cohorts} placementWindowDays={PLACEMENT_WINDOW_DAYS} />
            </Card>
          )}
          <Card title="By cohort">
            {/* Wider than a phone or the column beside the sidebar: the box scrolls, so it takes focus (keyboard scrolling). */}
            <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-label="Outcomes per cohort, scrollable">
              <table className="w-full min-w-[64rem] text-left text-sm [&_th]:pr-3 [&_th]:align-bottom">
                <caption className="sr-only">Outcomes per cohort and for the whole program</caption>
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col" className="py-2">
                      Cohort
                    </th>
                    <th scope="col">Invited</th>
                    <th scope="col">Joined</th>
                    <th scope="col">Path</th>
                    <th scope="col">Exam sched.</th>
                    <th scope="col">Passed</th>
                    <th scope="col">Placed</th>
                    <th scope="col">1st-attempt pass</th>
                    <th scope="col">Pass rate</th>
                    <th scope="col">Placement ≤{PLACEMENT_WINDOW_DAYS}d</th>
                    <th scope="col">In-field</th>
                    <th scope="col">Median to cert.</th>
                    <th scope="col">Median salary (n)</th>
                    <th scope="col">Known outcome</th>
                  </tr>
                </thead>
                <tbody>
                  {[...cohorts, total].map((r) => (
                    <tr key={r.cohortId ?? "total"} className={`border-b border-slate-100 ${r.cohortId ? "" : "font-semibold"}`}>
                      <th scope="row" className="py-2 pr-2">
                        {r.cohortName ?? "Whole program"}
                      </th>
                      <td>{r.invited}</td>
                      <td>{r.joined}</td>
                      <td>{r.pathChosen}</td>
                      <td>{r.examScheduled}</td>
                      <td>{r.passed}</td>
                      <td>{r.placed}</td>
                      <Rates r={r} />
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Card>
          <Card title="How these are counted">
            <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
              <li>Only learners currently in a cohort count; a learner who leaves takes their data with them.</li>
              <li>
                Pass rates are over learners who recorded at least one exam attempt; first-attempt pass uses each learner&rsquo;s earliest
                attempt.
              </li>
              <li>
                Placed: an accepted offer or a recorded job starting after the cohort began and within {PLACEMENT_WINDOW_DAYS} days of the
                cohort&rsquo;s end. In-field counts coding and billing roles only.
              </li>
              <li>
                Median time to certification runs from the cohort start to the first passed exam. Salaries count only where learners chose
                to share them.
              </li>
              <li>Known outcome: learners with an exam result or a placement on record.</li>
            </ul>
          </Card>
        </div>
      )}
    </>
  );
}
