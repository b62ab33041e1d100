import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/require-permission";
import { NotFoundError } from "@/lib/data/errors";
import { getApplicationDetail } from "@/lib/data/job-hunt/board";
import { getApplicationFormValues } from "@/lib/data/job-hunt/applications";
import { isoOrNull } from "@/lib/data/dates";
import { APPLICATION_STAGE_LABELS } from "@/lib/domain/applications";
import { PageHeader } from "@/lib/ui/page-header";
import { Card } from "@/lib/ui/card";
import { formatDate } from "@/lib/ui/format";
import { SuccessMessage } from "@/lib/ui/job-hunt/controls";
import { LazyContacts, LazyEditApplicationForm, LazyFollowUpForm } from "@/lib/ui/job-hunt/lazy-application-forms";
import { DeleteApplicationButton } from "@/lib/ui/job-hunt/delete-application-button";
import { MatchSnapshot } from "@/lib/ui/job-hunt/match-snapshot";
import { MoveCardForm } from "@/lib/ui/job-hunt/move-card-form";

export const metadata: Metadata = { title: "Application" };

async function load(user: Awaited<ReturnType<typeof requirePermission>>, id: string) {
  try {
    return await Promise.all([getApplicationDetail(user, id), getApplicationFormValues(user, id)]);
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}

export default async function ApplicationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const user = await requirePermission("read:learner-area:own");
  const { id } = await params;
  const { saved } = await searchParams;
  const [app, values] = await load(user, id);
  return (
    <>
      <PageHeader
        title={`${app.title} — ${app.company}`}
        subtitle={`${APPLICATION_STAGE_LABELS[app.stage]} since ${formatDate(app.stageChangedAt)}`}
        actions={
          <Link href="/learner/applications" className="text-sm font-medium text-brand-800 underline">
            All applications
          </Link>
        }
      />
      {saved && (
        <div className="mb-4">
          <SuccessMessage>{saved === "match" ? "Match saved with this application." : "Application saved."}</SuccessMessage>
        </div>
      )}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title="Details">
            <LazyEditApplicationForm id={app.id} saved={values} />
          </Card>
          <Card title="Contacts">
            <LazyContacts applicationId={app.id} contacts={app.contacts} />
          </Card>
        </div>
        <div className="space-y-6">
          <Card title="Stage">
            <p>
              Now: <strong>{APPLICATION_STAGE_LABELS[app.stage]}</strong>
            </p>
            <MoveCardForm id={app.id} stage={app.stage} label="this application" withDate />
          </Card>
          {/* The board's "Set follow-up" links here. */}
          <div id="follow-up" className="scroll-mt-4">
            <Card title="Follow-up">
              <LazyFollowUpForm id={app.id} followUpOn={isoOrNull(app.followUpOn) ?? ""} />
            </Card>
          </div>
          <Card title="History">
            <ol className="space-y-1 text-sm">
              {app.history.map((h) => (
                <li key={h.id}>
                  <time dateTime={h.changedAt.toISOString()}>{formatDate(h.changedAt)}</time>:{" "}
                  {h.fromStage ? `${APPLICATION_STAGE_LABELS[h.fromStage]} → ` : ""}
                  {APPLICATION_STAGE_LABELS[h.toStage]}
                </li>
              ))}
            </ol>
          </Card>
          {app.matchScore !== null && (
            <Card title="Job-description match">
              <MatchSnapshot snapshot={app.matchSnapshot} />
            </Card>
          )}
          <Card title="Delete">
            <DeleteApplicationButton id={app.id} />
          </Card>
        </div>
      </div>
    </>
  );
}
