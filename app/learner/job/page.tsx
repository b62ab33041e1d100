import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/require-permission";
import { listMyPlacements } from "@/lib/data/programs/placements";
import { deletePlacementAction } from "@/lib/actions/programs/delete-placement";
import { recordPlacementAction } from "@/lib/actions/programs/record-placement";
import { PageHeader } from "@/lib/ui/page-header";
import { Card } from "@/lib/ui/card";
import { EmptyState } from "@/lib/ui/empty-state";
import { ActionForm } from "@/lib/ui/forms/action-form";
import { formatDate } from "@/lib/ui/format";
import { formatUsd } from "@/lib/content/format-fact";

export const metadata: Metadata = { title: "Your job" };

export default async function JobPage() {
  const user = await requirePermission("record:placement:own");
  const placements = await listMyPlacements(user);
  return (
    <>
      <PageHeader
        title="Your job"
        subtitle="Landed a role? Record it here. Your program counts it as a placement; your salary is shared only if you say so."
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Record a job" id="record-job">
          <ActionForm
            action={recordPlacementAction}
            submitLabel="Save job"
            successMessage="Congratulations — saved."
            fields={[
              { kind: "text", name: "employer", label: "Employer", required: true, maxLength: 200 },
              { kind: "text", name: "title", label: "Job title", required: true, maxLength: 200 },
              { kind: "date", name: "startDate", label: "Start date", required: true },
              {
                kind: "select",
                name: "inField",
                label: "Is it a coding or billing role?",
                defaultValue: "yes",
                options: [
                  { value: "yes", label: "Yes — coding, billing or revenue cycle" },
                  { value: "no", label: "No — another field" },
                ],
              },
              { kind: "number", name: "salaryUsd", label: "Yearly salary in dollars (optional)" },
              {
                kind: "checkbox",
                name: "shareSalary",
                label: "Share my salary with my program (only the median across learners is shown)",
              },
            ]}
          />
        </Card>
        <Card title="Jobs you recorded">
          {placements.length === 0 ? (
            <EmptyState action={{ label: "Record a job", href: "#record-job" }}>
              No job recorded yet. Accepted offers in your application tracker count too.
            </EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {placements.map((p) => (
                <li key={p.id} className="space-y-2 py-3 text-sm">
                  <p>
                    <span className="font-medium">{p.title}</span> at {p.employer} · started {formatDate(p.startDate)} ·{" "}
                    {p.inField ? "in field" : "other field"}
                    {p.salaryUsd ? ` · ${formatUsd(p.salaryUsd)}${p.shareSalary ? " (shared)" : " (private)"}` : ""}
                  </p>
                  <ActionForm
                    action={deletePlacementAction}
                    hidden={{ placementId: p.id }}
                    fields={[]}
                    submitLabel="Delete"
                    submitVariant="destructive-subtle"
                    submitSize="sm"
                    confirm={{
                      title: `Delete ${p.title} at ${p.employer}?`,
                      description: "The job leaves your record and your program's outcomes. This cannot be undone.",
                    }}
                  />
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
