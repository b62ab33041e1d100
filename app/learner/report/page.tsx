import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/require-permission";
import { getActivityReport } from "@/lib/data/job-hunt/report";
import { APPLICATION_STAGE_LABELS } from "@/lib/domain/applications";
import { PageHeader } from "@/lib/ui/page-header";
import { Card } from "@/lib/ui/card";
import { EmptyState } from "@/lib/ui/empty-state";
import { formatDate } from "@/lib/ui/format";
import { PeriodForm } from "@/lib/ui/job-hunt/period-form";
import { parsePeriod } from "@/lib/ui/job-hunt/parse-period";
import { PrintButton } from "@/lib/ui/print-button";
import { ChangesTable, SubmittedTable } from "@/lib/ui/job-hunt/report-tables";

export const metadata: Metadata = { title: "Job-search activity report" };

export default async function ReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("read:learner-area:own");
  const { period, error } = parsePeriod(await searchParams, 30);
  const report = await getActivityReport(user, period);
  return (
    <>
      <PageHeader
        title="Job-search activity report"
        subtitle={`${user.name} · ${formatDate(period.from)} to ${formatDate(period.to)} · generated ${formatDate(new Date())}`}
        actions={<PrintButton label="Print report" />}
      />
      <PeriodForm action="/learner/report" from={period.from} to={period.to} error={error} />
      <div className="space-y-6">
        <Card title={`Applications submitted (${report.submitted.length})`}>
          {report.submitted.length === 0 ? (
            <EmptyState action={{ label: "Open applications", href: "/learner/applications" }}>
              No applications were sent in this period. Record them on the Applications page (set “Applied on”, or move a card to Applied).
            </EmptyState>
          ) : (
            <SubmittedTable rows={report.submitted} />
          )}
        </Card>
        <Card title={`All stage changes (${report.changes.length})`}>
          {report.changes.length === 0 ? (
            <EmptyState action={null}>No changes in this period.</EmptyState>
          ) : (
            <ChangesTable rows={report.changes} />
          )}
        </Card>
        <Card title={`Follow-ups scheduled in the period (${report.followUps.length})`}>
          {report.followUps.length === 0 ? (
            <EmptyState action={null}>No follow-ups fall in this period.</EmptyState>
          ) : (
            <ul className="text-sm">
              {report.followUps.map((f) => (
                <li key={f.id}>
                  {f.followUpOn}: {f.company} — {f.title} ({APPLICATION_STAGE_LABELS[f.stage]})
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
