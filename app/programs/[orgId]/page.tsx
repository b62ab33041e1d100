import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/require-role";
import { getOrganizationOverview } from "@/lib/data/programs/organizations";
import { NotFoundError } from "@/lib/data/errors";
import { updateOrganizationAction } from "@/lib/actions/programs/organization";
import { inviteStaffAction } from "@/lib/actions/programs/staff";
import { PageHeader } from "@/lib/ui/page-header";
import { Card } from "@/lib/ui/card";
import { EmptyState } from "@/lib/ui/empty-state";
import { ActionForm } from "@/lib/ui/forms/action-form";
import { StaffTable } from "@/lib/ui/programs/staff-table";
import { InvitationList } from "@/lib/ui/programs/invitation-list";
import { formatDate } from "@/lib/ui/format";

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
            <Link className="rounded-md bg-brand-700 px-3 py-2 font-semibold text-white" href={`/programs/${org.id}/cohorts/new`}>
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
            <EmptyState>No cohorts yet. Create one, then invite learners or share its join code.</EmptyState>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full min-w-[40rem] text-left text-sm">
                <caption className="sr-only">Cohorts</caption>
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
                        <Link className="font-medium text-brand-700 underline" href={`/programs/${org.id}/cohorts/${c.id}`}>
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
                      <td>{c.joinCodeEnabled && c.joinCode && !c.archivedAt ? <code>{c.joinCode}</code> : "off"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
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
