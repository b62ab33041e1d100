import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/require-permission";
import { getFunnel } from "@/lib/data/job-hunt/funnel";
import { FUNNEL_DEFINITIONS } from "@/lib/domain/applications";
import { PageHeader } from "@/lib/ui/page-header";
import { Card } from "@/lib/ui/card";
import { EmptyState } from "@/lib/ui/empty-state";
import { FunnelCharts } from "@/lib/ui/job-hunt/funnel-chart";
import { PeriodForm } from "@/lib/ui/job-hunt/period-form";
import { parsePeriod } from "@/lib/ui/job-hunt/parse-period";

export const metadata: Metadata = { title: "Application funnel" };

export default async function FunnelPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("read:learner-area:own");
  const { period, error } = parsePeriod(await searchParams, 90);
  const funnel = await getFunnel(user, period);
  return (
    <>
      <PageHeader
        title="Application funnel"
        subtitle={`From ${period.from} to ${period.to}.`}
        actions={
          <Link href="/learner/applications" className="text-sm font-medium text-brand-800 underline">
            All applications
          </Link>
        }
      />
      <PeriodForm action="/learner/applications/funnel" from={period.from} to={period.to} error={error} />
      <Card>
        {funnel.total === 0 ? (
          <EmptyState action={null}>
            No applications in this period. Widen the dates, or add applications and move them through their stages to see your response and
            interview rates.
          </EmptyState>
        ) : (
          <FunnelCharts funnel={funnel} />
        )}
      </Card>
      <Card title="How these numbers are counted" className="mt-6">
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {FUNNEL_DEFINITIONS.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      </Card>
    </>
  );
}
