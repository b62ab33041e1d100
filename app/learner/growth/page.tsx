// Career growth roadmap: the guide's short- and long-term goals for the learner's path,
// trackable like milestones (done / skipped / target date).
import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/require-permission";
import { getLearnerProfile } from "@/lib/data/learner/profile";
import { listGrowthProgress } from "@/lib/data/learner/growth";
import { todayIso } from "@/lib/data/dates";
import { updateGrowthGoalAction } from "@/lib/actions/learner/update-growth-goal";
import { goalsFor, GROWTH_GOALS_SOURCE, HORIZON_LABELS, type GoalHorizon } from "@/lib/content/growth-goals";
import { FactSource } from "@/lib/ui/fact-source";
import { ActionButton } from "@/lib/ui/forms/action-button";
import { ActionForm } from "@/lib/ui/forms/action-form";
import { PageHeader } from "@/lib/ui/page-header";
import { Card } from "@/lib/ui/card";
import { EmptyState } from "@/lib/ui/empty-state";
import { formatDate } from "@/lib/ui/format";

export const metadata: Metadata = { title: "Career growth" };

export default async function GrowthPage() {
  const user = await requirePermission("read:learner-area:own");
  const [profile, progress] = await Promise.all([getLearnerProfile(user), listGrowthProgress(user)]);
  if (!profile.path)
    return (
      <>
        <PageHeader title="Career growth roadmap" />
        <EmptyState action={{ label: "Choose your path", href: "/learner/path" }}>Choose your path to see where it can lead.</EmptyState>
      </>
    );
  const today = todayIso();
  return (
    <>
      <PageHeader title="Career growth roadmap" subtitle="Where your first job can lead: set target dates and tick goals off as you go." />
      <FactSource fact={GROWTH_GOALS_SOURCE} />
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        {(["SHORT_TERM", "LONG_TERM"] as GoalHorizon[]).map((h) => (
          <Card key={h} title={HORIZON_LABELS[h]}>
            <ul className="space-y-3">
              {goalsFor(profile.path!, h).map((g) => {
                const p = progress.get(g.id);
                const status = p?.status ?? "OPEN";
                const overdue = status === "OPEN" && p?.targetDate && p.targetDate < today;
                return (
                  <li key={g.id} className={`rounded-md border p-3 ${overdue ? "border-l-4 border-red-600" : "border-slate-200"}`}>
                    <h3 className={`font-medium ${status === "DONE" ? "line-through decoration-slate-400" : ""}`}>{g.title}</h3>
                    <p className="text-sm text-slate-700">{g.description}</p>
                    <p className="text-sm">
                      {status === "DONE" ? "Done" : status === "SKIPPED" ? "Skipped" : "Open"}
                      {p?.targetDate && ` · target ${formatDate(p.targetDate)}`}
                      {overdue && <strong> · Past target date</strong>}
                    </p>
                    <div className="mt-2 flex flex-wrap items-end gap-2">
                      {status === "OPEN" ? (
                        <>
                          <ActionButton
                            action={updateGrowthGoalAction}
                            fields={{ goalKey: g.id, status: "DONE" }}
                            label="Mark done"
                            context={g.title}
                          />
                          <ActionButton
                            action={updateGrowthGoalAction}
                            fields={{ goalKey: g.id, status: "SKIPPED" }}
                            label="Skip"
                            context={g.title}
                            variant="ghost"
                          />
                        </>
                      ) : (
                        <ActionButton
                          action={updateGrowthGoalAction}
                          fields={{ goalKey: g.id, status: "OPEN" }}
                          label="Reopen"
                          context={g.title}
                          variant="ghost"
                        />
                      )}
                      <details>
                        <summary className="cursor-pointer text-sm text-brand-700 underline">Target date</summary>
                        <ActionForm
                          action={updateGrowthGoalAction}
                          idPrefix={`g-${g.id}-`}
                          submitLabel="Save target"
                          fields={[
                            { kind: "hidden", name: "goalKey", value: g.id },
                            { kind: "date", name: "targetDate", label: `Target date for ${g.title}`, defaultValue: p?.targetDate ?? "" },
                          ]}
                        />
                      </details>
                    </div>
                  </li>
                );
              })}
            </ul>
          </Card>
        ))}
      </div>
    </>
  );
}
