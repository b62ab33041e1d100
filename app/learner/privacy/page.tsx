import type { Metadata } from "next";
import Link from "next/link";
import { ENROLLMENT_RETENTION_YEARS } from "@/lib/domain/enrollment-changes";
import { requirePermission } from "@/lib/auth/require-permission";
import { getMyPrivacy, VIEW_DEDUPE_MINUTES } from "@/lib/data/programs/learner-view";
import { leaveCohortAction } from "@/lib/actions/programs/leave-cohort";
import { PageHeader } from "@/lib/ui/page-header";
import { Card } from "@/lib/ui/card";
import { EmptyState } from "@/lib/ui/empty-state";
import { ActionForm } from "@/lib/ui/forms/action-form";
import { ConsentPanel } from "@/lib/ui/programs/consent-panel";
import { formatDate } from "@/lib/ui/format";
import { Notice } from "@/lib/ui/auth/auth-card";

export const metadata: Metadata = { title: "Programs and privacy" };

export default async function PrivacyPage({ searchParams }: { searchParams: Promise<{ left?: string }> }) {
  const user = await requirePermission("read:access-log:own");
  const { left } = await searchParams;
  const { views, notes, cohorts } = await getMyPrivacy(user);
  return (
    <>
      <PageHeader title="Programs and privacy" subtitle="Who can see your progress, who looked, and how to leave a cohort." />
      {left && (
        <Notice>
          You have left the cohort. Its advisors and admins can no longer see your Chartpath data; the program keeps only its enrollment
          record, as described under &ldquo;What they see, and leaving&rdquo;.
        </Notice>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Your cohorts">
          {cohorts.length === 0 ? (
            <EmptyState action={{ label: "Join with a code", href: "/join" }}>
              You are not in a program cohort. Join with a code, or use the invitation link your program emailed you.
            </EmptyState>
          ) : (
            <ul className="space-y-4">
              {cohorts.map((c) => (
                <li key={c.cohort.id} className="rounded-md border border-slate-200 p-3">
                  <p className="font-medium">{c.cohort.name}</p>
                  <p className="text-sm text-slate-600">
                    {c.cohort.organization.name} · you agreed to share on {formatDate(c.consentedAt)}
                  </p>
                  <details className="mt-2 text-sm">
                    <summary className="cursor-pointer text-brand-700">What they see, and leaving</summary>
                    <div className="mt-2 space-y-3">
                      <ConsentPanel program={c.cohort.organization.name} />
                      <ActionForm
                        action={leaveCohortAction}
                        hidden={{ cohortId: c.cohort.id }}
                        fields={[]}
                        submitLabel={`Leave ${c.cohort.name}`}
                        confirm={{
                          title: `Leave ${c.cohort.name}?`,
                          description: `Its advisors and admins lose access to your Chartpath data immediately. The program keeps its enrollment record (dates, how it ended, results and jobs recorded so far) for ${ENROLLMENT_RETENTION_YEARS} years. To come back you need a new invitation or join code.`,
                          confirmLabel: "Leave cohort",
                        }}
                      />
                    </div>
                  </details>
                </li>
              ))}
            </ul>
          )}
          <p className="mt-4 text-sm">
            <Link className="text-brand-700 underline" href="/join">
              Join another cohort with a code
            </Link>
          </p>
        </Card>
        <Card title="Who viewed your dashboard">
          <p className="mb-2 text-sm text-slate-600">Each person&apos;s visit is listed once per {VIEW_DEDUPE_MINUTES} minutes.</p>
          {views.length === 0 ? (
            <EmptyState action={null}>No advisor or admin has opened your dashboard yet.</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {views.map((v) => (
                <li key={v.id} className="py-2">
                  {v.actor?.name ?? "A former staff member"}
                  {v.organization ? ` (${v.organization.name})` : ""} · {v.createdAt.toISOString().replace("T", " ").slice(0, 16)} UTC
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title="Notes shared with you" className="lg:col-span-2">
          {notes.length === 0 ? (
            <EmptyState action={null}>No notes yet. Notes your advisors share with you appear here and on your dashboard.</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {notes.map((n) => (
                <li key={n.id} className="py-3 text-sm">
                  <p className="whitespace-pre-wrap">{n.body}</p>
                  <p className="mt-1 text-xs text-slate-600">
                    {n.author?.name ?? "Former staff"} · {n.organization.name} · {formatDate(n.createdAt)}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
