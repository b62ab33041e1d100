import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/require-permission";
import { getOrganizationOverview } from "@/lib/data/programs/organizations";
import { NotFoundError } from "@/lib/data/errors";
import { updateOrganizationAction } from "@/lib/actions/programs/update-organization";
import { inviteStaffAction } from "@/lib/actions/programs/invite-staff";
import { PageHeader } from "@/lib/ui/page-header";
import { buttonVariants } from "@/lib/ui/primitives/button-variants";
import { CohortTable } from "@/lib/ui/programs/cohort-table";
import { Card } from "@/lib/ui/card";
import { EmptyState } from "@/lib/ui/empty-state";
import { ActionForm } from "@/lib/ui/forms/action-form";
import { StaffTable } from "@/lib/ui/programs/staff-table";
import { InvitationList } from "@/lib/ui/programs/invitation-list";

export const metadata: Metadata = { title: "Program" };

export default async function ProgramPage({ params }: { params: Promise<{ orgId: string }> }) {
  const user = await requirePermission("read:program-area:org");
  const { orgId } = await params;
  const data = await getOrganizationOverview(user, orgId).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const { org, cohorts, staff, invitations } = data;
  return (
    <>
      <PageHeader
        title={org.name}
        subtitle={org.description ?? undefined}
        actions={
          <div className="flex flex-wrap gap-2 text-sm">
            <Link className={buttonVariants()} href={`/programs/${org.id}/cohorts/new`}>
              New cohort
            </Link>
            <Link className="rounded-md px-3 py-2 font-semibold text-brand-800 ring-1 ring-brand-700" href={`/programs/${org.id}/import`}>
              Import learners (CSV)
            </Link>
            <Link className="rounded-md px-3 py-2 font-semibold text-brand-800 ring-1 ring-brand-700" href={`/programs/${org.id}/outcomes`}>
              Outcomes
            </Link>
          </div>
        }
      />
      <div className="grid grid-cols-1 gap-6">
        <Card title="Cohorts">
          {cohorts.length === 0 ? (
            <EmptyState action={{ label: "New cohort", href: `/programs/${org.id}/cohorts/new` }}>
              No cohorts yet. Create one, then invite learners or share its join code.
            </EmptyState>
          ) : (
            <CohortTable organizationId={org.id} cohorts={cohorts} caption="Cohorts" />
          )}
        </Card>
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
          <Card title="Staff">
            <StaffTable organizationId={org.id} staff={staff} currentUserId={user.id} />
          </Card>
          <Card title="Invite an admin or advisor">
            <ActionForm
              action={inviteStaffAction}
              hidden={{ organizationId: org.id }}
              submitLabel="Send invitation"
              pendingLabel="Sending…"
              successMessage="Invitation sent."
              fields={[
                { kind: "email", name: "email", label: "Email", required: true },
                {
                  kind: "select",
                  name: "role",
                  label: "Role",
                  defaultValue: "ADVISOR",
                  options: [
                    { value: "ADVISOR", label: "Advisor — sees learners of cohorts they are assigned to" },
                    { value: "ADMIN", label: "Admin — manages the program" },
                  ],
                },
              ]}
            />
          </Card>
        </div>
        <Card title={`Staff invitations (${invitations.filter((i) => i.state === "pending").length} pending)`}>
          <InvitationList
            invitations={invitations}
            showRole
            empty="No staff invitations yet. Learner invitations are on each cohort's page."
          />
        </Card>
        <Card title="Program details">
          <ActionForm
            action={updateOrganizationAction}
            hidden={{ organizationId: org.id }}
            submitLabel="Save"
            successMessage="Saved."
            fields={[
              { kind: "text", name: "name", label: "Program name", required: true, defaultValue: org.name, maxLength: 120 },
              { kind: "textarea", name: "description", label: "Description", defaultValue: org.description ?? "", maxLength: 500, rows: 3 },
            ]}
          />
        </Card>
      </div>
    </>
  );
}
