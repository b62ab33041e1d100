import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/require-permission";
import { getOutcomesReport, PLACEMENT_WINDOW_DAYS } from "@/lib/data/programs/outcomes";
import { NotFoundError } from "@/lib/data/errors";
import { PageHeader } from "@/lib/ui/page-header";
import { Card } from "@/lib/ui/card";
import { EmptyState } from "@/lib/ui/empty-state";
import { OutcomeFunnel } from "@/lib/ui/programs/outcome-funnel";
import { CohortComparison } from "@/lib/ui/programs/cohort-comparison";
import { OutcomesTable } from "@/lib/ui/programs/outcomes-table";
import { OutcomeTrend } from "@/lib/ui/programs/outcome-trend";
import { PrintButton } from "@/lib/ui/print-button";
import { buttonVariants } from "@/lib/ui/primitives/button-variants";

export const metadata: Metadata = { title: "Outcomes" };

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
          <div className="no-print flex flex-wrap gap-2">
            <a className={buttonVariants({ size: "sm" })} href={`/programs/${orgId}/outcomes/export.csv`}>
              Download CSV
            </a>
            <Link className={buttonVariants({ size: "sm", variant: "secondary" })} href={`/programs/${orgId}/outcomes/standards`}>
              Accreditor reports
            </Link>
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
          <Card title="Trend over time">
            <OutcomeTrend cohorts={cohorts} placementWindowDays={PLACEMENT_WINDOW_DAYS} />
          </Card>
          <Card title="By cohort">
            <OutcomesTable rows={[...cohorts, total]} placementWindowDays={PLACEMENT_WINDOW_DAYS} />
          </Card>
          <Card title="How these are counted">
            <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
              <li>
                This page follows current members&rsquo; Chartpath activity: a learner who leaves Chartpath drops out of it. The figures an
                accreditor asks for (ABHES, CAHIIM, NACE first destination, WIOA) come from the program&rsquo;s enrollment records, which
                stay when a learner leaves: see{" "}
                <Link className="text-brand-700 underline" href={`/programs/${orgId}/outcomes/standards`}>
                  accreditor reports
                </Link>
                .
              </li>
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
