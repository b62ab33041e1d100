import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/require-permission";
import type { CurrentUser } from "@/lib/auth/current-user";
import { hasPermission } from "@/lib/auth/permissions";
import { listNotesForStaff, openLearnerForStaff } from "@/lib/data/programs/learner-view";
import { NotFoundError } from "@/lib/data/errors";
import { addLearnerNoteAction } from "@/lib/actions/programs/add-learner-note";
import { PageHeader } from "@/lib/ui/page-header";
import { Card } from "@/lib/ui/card";
import { EmptyState } from "@/lib/ui/empty-state";
import { LazyActionForm } from "@/lib/ui/forms/lazy-action-form";
import { formatDate } from "@/lib/ui/format";
import { StaffLearnerDashboard } from "@/lib/ui/advisor/staff-learner-dashboard";
import { LearnerFlags } from "@/lib/ui/advisor/learner-flags";
import { getRoster } from "@/lib/data/programs/roster";

export const metadata: Metadata = { title: "Learner" };

// Where "←" leads: advisors to their roster; program admins (who have no roster page) to the
// learner's cohort in a program they administer, else to their programs.
function backLink(user: CurrentUser, enrolments: { cohort: { id: string; name: string; organizationId: string } }[]) {
  if (hasPermission(user, "read:advisor-area:cohort")) return { href: "/advisor", label: "Roster" };
  const cohort = enrolments.find((e) => user.adminOrgIds.includes(e.cohort.organizationId))?.cohort;
  return cohort
    ? { href: `/programs/${cohort.organizationId}/cohorts/${cohort.id}`, label: cohort.name }
    : { href: "/programs", label: "Your programs" };
}

export default async function LearnerDrillDownPage({ params }: { params: Promise<{ learnerId: string }> }) {
  const user = await requirePermission("read:learner-dashboard:cohort");
  const { learnerId } = await params;
  const opened = await openLearnerForStaff(user, learnerId).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const today = new Date().toISOString().slice(0, 10);
  const [notes, roster] = await Promise.all([listNotesForStaff(user, learnerId), getRoster(user, {}, today)]);
  const { learner } = opened;
  const back = backLink(user, learner.cohortEnrolments);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link className="text-brand-700 underline" href={back.href}>
          ← {back.label}
        </Link>
      </p>
      <PageHeader
        title={learner.name}
        subtitle={`${learner.email} · last active ${learner.lastActiveAt ? formatDate(learner.lastActiveAt) : "never"}`}
      />
      <p className="mb-4 rounded-md bg-slate-50 p-3 text-sm text-slate-700">
        Read-only view. {learner.name} can see that you opened this page.
      </p>
      <div className="grid gap-6">
        <LearnerFlags row={roster.rows.find((r) => r.id === learner.id)} email={learner.email} />
        <Card title="Cohorts">
          <ul className="text-sm">
            {learner.cohortEnrolments.map((e) => (
              <li key={e.cohort.name}>
                {e.cohort.name} · {e.cohort.organization.name} · joined {formatDate(e.joinedAt)}
              </li>
            ))}
          </ul>
        </Card>
        <StaffLearnerDashboard actor={user} learnerId={learner.id} learnerName={learner.name} />
        <Card title="Notes" id="notes">
          <LazyActionForm
            action={addLearnerNoteAction}
            hidden={{ learnerId: learner.id }}
            submitLabel="Add note"
            successMessage="Note added."
            fields={[
              { kind: "textarea", name: "body", label: "Note", required: true, rows: 3, maxLength: 4000 },
              {
                kind: "select",
                name: "visibility",
                label: "Who can see it",
                defaultValue: "SHARED",
                options: [
                  { value: "SHARED", label: `Shared with ${learner.name}` },
                  { value: "STAFF", label: "Program advisors and admins only" },
                ],
              },
              { kind: "checkbox", name: "confirmPhi", label: "This note contains no patient information" },
            ]}
          />
          <h3 className="mt-6 font-semibold">History</h3>
          {notes.length === 0 ? (
            <EmptyState action={null}>No notes yet.</EmptyState>
          ) : (
            <ul className="mt-2 divide-y divide-slate-100">
              {notes.map((n) => (
                <li key={n.id} className="py-3 text-sm">
                  <p className="whitespace-pre-wrap">{n.body}</p>
                  <p className="mt-1 text-xs text-slate-600">
                    {n.author?.name ?? "Former staff"} · {formatDate(n.createdAt)} ·{" "}
                    {n.visibility === "SHARED" ? "shared with the learner" : "staff only"}
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
