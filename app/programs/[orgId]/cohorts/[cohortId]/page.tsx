import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/require-permission";
import { getCohortForAdmin } from "@/lib/data/programs/cohorts";
import { NotFoundError } from "@/lib/data/errors";
import { archiveCohortAction } from "@/lib/actions/programs/archive-cohort";
import { assignAdvisorAction } from "@/lib/actions/programs/assign-advisor";
import { inviteLearnerAction } from "@/lib/actions/programs/invite-learner";
import { setJoinCodeAction } from "@/lib/actions/programs/set-join-code";
import { updateCohortAction } from "@/lib/actions/programs/update-cohort";
import { PageHeader } from "@/lib/ui/page-header";
import { Card } from "@/lib/ui/card";
import { EmptyState } from "@/lib/ui/empty-state";
import { ActionForm } from "@/lib/ui/forms/action-form";
import { cohortFields } from "@/lib/ui/programs/cohort-fields";
import { InvitationList } from "@/lib/ui/programs/invitation-list";
import { formatDate } from "@/lib/ui/format";

export const metadata: Metadata = { title: "Cohort" };

export default async function CohortPage({ params }: { params: Promise<{ orgId: string; cohortId: string }> }) {
  const user = await requirePermission("manage:cohort:org");
  const { orgId, cohortId } = await params;
  const data = await getCohortForAdmin(user, cohortId).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const { cohort, staff, invitations } = data;
  if (cohort.organization.id !== orgId) notFound();
  const assigned = new Set(cohort.advisors.map((a) => a.userId));
  const active = cohort.learners.filter((l) => !l.leftAt);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link className="text-brand-700 underline" href={`/programs/${orgId}`}>
          ← {cohort.organization.name}
        </Link>
      </p>
      <PageHeader
        title={cohort.name}
        subtitle={
          cohort.archivedAt
            ? `Archived ${formatDate(cohort.archivedAt)}`
            : `${active.length} learner(s) · starts ${formatDate(cohort.startDate)}`
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Join code">
          {cohort.archivedAt ? (
            <p>Archived cohorts cannot be joined.</p>
          ) : cohort.joinCodeEnabled && cohort.joinCode ? (
            <p>
              Learners enter <code className="rounded bg-slate-100 px-2 py-1 text-lg font-semibold">{cohort.joinCode}</code> at{" "}
              <code>/join</code>.
            </p>
          ) : (
            <p>The join code is turned off.</p>
          )}
          {!cohort.archivedAt && (
            <div className="mt-3 flex flex-wrap gap-2">
              <ActionForm
                action={setJoinCodeAction}
                hidden={{ cohortId, mode: "regenerate" }}
                fields={[]}
                submitLabel="Regenerate code"
                submitVariant="secondary"
                submitSize="sm"
                successMessage="New code created; the old one no longer works."
              />
              <ActionForm
                action={setJoinCodeAction}
                hidden={{ cohortId, mode: cohort.joinCodeEnabled ? "disable" : "enable" }}
                fields={[]}
                submitLabel={cohort.joinCodeEnabled ? "Turn code off" : "Turn code on"}
                submitVariant="secondary"
                submitSize="sm"
              />
            </div>
          )}
        </Card>
        <Card title="Invite a learner" id="invite-learner">
          <ActionForm
            action={inviteLearnerAction}
            hidden={{ cohortId }}
            submitLabel="Send invitation"
            successMessage="Invitation sent."
            fields={[
              { kind: "email", name: "email", label: "Learner's email", required: true },
              { kind: "text", name: "firstName", label: "First name", required: true, maxLength: 100 },
            ]}
          />
          <p className="mt-3 text-sm">
            <Link className="text-brand-700 underline" href={`/programs/${orgId}/import`}>
              Invite many learners from a CSV file
            </Link>
          </p>
        </Card>
        <Card title="Advisors">
          {staff.length === 0 ? (
            <EmptyState action={{ label: "Invite advisors", href: `/programs/${orgId}` }}>
              Invite advisors on the program page first.
            </EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {staff.map((s) => (
                <li key={s.user.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                  <span>
                    {s.user.name} <span className="text-slate-600">({s.role === "ADMIN" ? "admin" : "advisor"})</span>
                    {assigned.has(s.user.id) ? " — assigned" : ""}
                  </span>
                  <ActionForm
                    action={assignAdvisorAction}
                    hidden={{ cohortId, advisorUserId: s.user.id, assigned: assigned.has(s.user.id) ? "false" : "true" }}
                    fields={[]}
                    submitLabel={assigned.has(s.user.id) ? `Unassign ${s.user.name}` : `Assign ${s.user.name}`}
                    submitVariant="secondary"
                    submitSize="sm"
                  />
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={`Learners (${active.length})`}>
          {active.length === 0 ? (
            <EmptyState action={{ label: "Invite a learner", href: "#invite-learner" }}>
              No learners yet. Invite them or share the join code.
            </EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {active.map((l) => (
                <li key={l.user.id} className="py-2">
                  <Link className="text-brand-700 underline" href={`/advisor/learners/${l.user.id}`}>
                    {l.user.name}
                  </Link>{" "}
                  <span className="text-slate-600">{l.user.email}</span> · joined {formatDate(l.joinedAt)}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={`Learner invitations (${invitations.filter((i) => i.state === "pending").length} pending)`} className="lg:col-span-2">
          <InvitationList invitations={invitations} showRole={false} empty="No invitations sent for this cohort yet." />
        </Card>
        <Card title="Cohort details" className="lg:col-span-2">
          <ActionForm
            action={updateCohortAction}
            hidden={{ cohortId }}
            fields={cohortFields(cohort)}
            submitLabel="Save cohort"
            successMessage="Saved."
          />
          <div className="mt-6 border-t border-slate-200 pt-4">
            <ActionForm
              action={archiveCohortAction}
              hidden={{ cohortId, archived: cohort.archivedAt ? "false" : "true" }}
              fields={[]}
              submitLabel={cohort.archivedAt ? "Restore cohort" : "Archive cohort"}
              submitVariant="secondary"
              submitSize="sm"
              successMessage={cohort.archivedAt ? "Restored." : "Archived. You can restore it at any time."}
            />
          </div>
        </Card>
      </div>
    </>
  );
}
