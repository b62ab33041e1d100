// The experience log: jobs, externships and coding courses, and what they add up to toward
// removing apprentice status. ?add=JOB|EXTERNSHIP|EDUCATION picks the form; ?edit=<id> edits one.
import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/require-permission";
import { getExperienceOverview } from "@/lib/data/learner/experience";
import { addExperiencePeriodAction } from "@/lib/actions/learner/add-experience-period";
import { updateExperiencePeriodAction } from "@/lib/actions/learner/update-experience-period";
import { EXPERIENCE_KINDS, MAX_EXPERIENCE_PERIODS, type ExperienceKind } from "@/lib/domain/experience";
import { ActionForm } from "@/lib/ui/forms/action-form";
import { ApprenticeOutlookPanel } from "@/lib/ui/learner/apprentice-outlook";
import { experienceFields, KIND_LABELS } from "@/lib/ui/learner/experience-fields";
import { ExperienceTable } from "@/lib/ui/learner/experience-table";
import { PageHeader } from "@/lib/ui/page-header";
import { Card } from "@/lib/ui/card";
import { EmptyState } from "@/lib/ui/empty-state";
import { buttonVariants } from "@/lib/ui/primitives/button-variants";

export const metadata: Metadata = { title: "Experience log" };

const ADD_LABELS: Record<ExperienceKind, string> = { JOB: "Log a job", EXTERNSHIP: "Log an externship", EDUCATION: "Log a course" };

export default async function ExperiencePage({ searchParams }: { searchParams: Promise<{ add?: string; edit?: string }> }) {
  const user = await requirePermission("read:learner-area:own");
  const [{ periods, goal, removed, outlook }, params] = await Promise.all([getExperienceOverview(user), searchParams]);
  const kind: ExperienceKind = EXPERIENCE_KINDS.find((k) => k === params.add) ?? "JOB";
  const editing = params.edit ? periods.find((p) => p.id === params.edit) : undefined;
  const full = periods.length >= MAX_EXPERIENCE_PERIODS;
  return (
    <>
      <PageHeader title="Experience log" subtitle="Jobs, externships and coding courses that count toward removing apprentice status." />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={goal ? `Removing apprentice status (${goal.credentialCode}-A)` : "What your log adds up to"}>
          {outlook ? (
            <ApprenticeOutlookPanel outlook={outlook} />
          ) : (
            <p className="text-sm text-slate-700">
              {removed
                ? "Your apprentice status has been removed."
                : "Once you pass an AAPC exam with apprentice status (CPC-A, COC-A…), your progress toward removing it appears here. Logging now keeps the dates ready for your letters."}
            </p>
          )}
        </Card>
        <Card title={editing ? `Edit: ${KIND_LABELS[editing.kind].toLowerCase()}` : "Add a period"} id="period-form">
          {params.edit && !editing && (
            <p role="status" className="mb-3 text-sm text-amber-900">
              That period is no longer in your log; add a new one below.
            </p>
          )}
          {editing ? (
            <>
              <ActionForm
                key={`edit-${editing.id}-${editing.version}`}
                action={updateExperiencePeriodAction}
                idPrefix="exp-edit-"
                hidden={{ id: editing.id, version: String(editing.version) }}
                fields={experienceFields(editing.kind, editing)}
                submitLabel="Save changes"
                successMessage="Period saved."
              />
              <p className="mt-3 text-sm">
                <Link className="underline" href="/learner/credential/experience">
                  Cancel and add a new period instead
                </Link>
              </p>
            </>
          ) : full ? (
            <p className="text-sm text-slate-700">
              Your log holds its maximum of {MAX_EXPERIENCE_PERIODS} periods: delete one to add another.
            </p>
          ) : (
            <>
              <nav aria-label="Kind of period" className="mb-4 flex flex-wrap gap-2">
                {EXPERIENCE_KINDS.map((k) => (
                  <Link
                    key={k}
                    href={`/learner/credential/experience?add=${k}#period-form`}
                    aria-current={k === kind ? "page" : undefined}
                    className={buttonVariants({ variant: k === kind ? "primary" : "secondary", size: "sm" })}
                  >
                    {KIND_LABELS[k]}
                  </Link>
                ))}
              </nav>
              <ActionForm
                key={`add-${kind}`}
                action={addExperiencePeriodAction}
                idPrefix={`exp-${kind.toLowerCase()}-`}
                fields={experienceFields(kind)}
                submitLabel={ADD_LABELS[kind]}
                successMessage="Added to your log."
                resetOnSuccess
              />
            </>
          )}
        </Card>
        <Card title="Your periods" className="lg:col-span-2">
          {periods.length === 0 ? (
            <EmptyState action={{ label: "Log a job", href: "/learner/credential/experience?add=JOB#period-form" }}>
              Nothing logged yet. Add jobs, externships and coding courses as they happen: AAPC asks for start and end dates.
            </EmptyState>
          ) : (
            <ExperienceTable periods={periods} />
          )}
        </Card>
      </div>
    </>
  );
}
