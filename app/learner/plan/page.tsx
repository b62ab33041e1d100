// The dated plan: four phases with milestones (complete, skip, re-date), the persona's
// 30-60-90 day plan, regeneration that keeps completed work, print and calendar export.
import Link from "next/link";
import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/require-permission";
import { getMyPlan, routeRange } from "@/lib/data/learner/plan";
import { getLearnerProfile } from "@/lib/data/learner/profile";
import { todayIso } from "@/lib/data/dates";
import { generatePlan, isOverdue } from "@/lib/domain/plan";
import { TRAINING_ROUTES } from "@/lib/content/training-routes";
import { PLAN_TEMPLATES_SOURCE } from "@/lib/content/plan-templates";
import { THIRTY_SIXTY_NINETY_SOURCE } from "@/lib/content/thirty-sixty-ninety";
import { FactSource } from "@/lib/ui/fact-source";
import { MilestoneItem } from "@/lib/ui/learner/milestone-item";
import { PlanForm } from "@/lib/ui/learner/plan-form";
import { PrintButton } from "@/lib/ui/print-button";
import { PERSONA_LABELS } from "@/lib/ui/learner/labels";
import { PageHeader } from "@/lib/ui/page-header";
import { Card } from "@/lib/ui/card";
import { EmptyState } from "@/lib/ui/empty-state";
import { formatDate } from "@/lib/ui/format";
import { buttonVariants } from "@/lib/ui/primitives/button-variants";

export const metadata: Metadata = { title: "Your plan" };

export default async function PlanPage() {
  const user = await requirePermission("read:learner-area:own");
  const today = todayIso();
  const [profile, stored] = await Promise.all([getLearnerProfile(user), getMyPlan(user)]);
  if (!profile.path || !profile.credentialCode || !profile.routeCode) {
    return (
      <>
        <PageHeader title="Your plan" />
        <EmptyState action={{ label: "Choose your path", href: "/learner/path" }}>
          First choose your path, credential and training route; then your dated plan is generated here.
        </EmptyState>
      </>
    );
  }
  const formDefaults = {
    routeCode: stored?.plan.routeCode ?? profile.routeCode,
    startDate: stored?.plan.startDate ?? profile.startDate ?? today,
    weeklyHours: String(stored?.plan.weeklyHours ?? profile.weeklyHours ?? 10),
  };
  if (!stored) {
    return (
      <>
        <PageHeader
          title="Your plan"
          subtitle={`${profile.credentialCode} · ${TRAINING_ROUTES.find((r) => r.code === profile.routeCode)?.name}`}
        />
        <Card title="Generate your dated plan">
          <p className="mb-3 text-slate-700">
            Four phases (foundation, core skills, exam prep, job hunt) scaled to your route, with dated milestones and a 30-60-90 day plan
            for you.
          </p>
          <PlanForm {...formDefaults} regenerate={false} />
        </Card>
      </>
    );
  }
  const { plan, milestones } = stored;
  const months = routeRange(plan.routeCode) ?? { min: 12, max: 12 };
  const generated = generatePlan({
    path: plan.path,
    credentialCode: plan.credentialCode,
    routeMonths: months,
    startDate: plan.startDate,
    weeklyHours: plan.weeklyHours,
    persona: plan.persona,
  });
  const phases = generated.ok ? generated.value.phases : [];
  const overdue = milestones.filter((m) => isOverdue(m, today)).length;
  const route = TRAINING_ROUTES.find((r) => r.code === plan.routeCode);
  return (
    <>
      <PageHeader
        title="Your plan"
        subtitle={`${plan.credentialCode} via ${route?.name ?? plan.routeCode} · ${formatDate(plan.startDate)} – ${formatDate(plan.endDate)}`}
        actions={
          <div className="no-print flex flex-wrap gap-2">
            <PrintButton label="Print plan" />
            <a className={buttonVariants({ size: "sm" })} href="/learner/plan/calendar" download>
              Export calendar (.ics)
            </a>
            <Link className={buttonVariants({ size: "sm", variant: "secondary" })} href="/account#calendar">
              Subscribe in your calendar
            </Link>
          </div>
        }
      />
      <p className="mb-4 text-slate-800">
        {milestones.filter((m) => m.status === "DONE").length} of {milestones.length} milestones done
        {overdue > 0 ? (
          <>
            {" "}
            · <strong className="text-red-800">{overdue} overdue</strong>
          </>
        ) : (
          " · nothing overdue"
        )}
        {plan.targetExamDate && <> · target exam date {formatDate(plan.targetExamDate)}</>}
      </p>
      {(profile.credentialCode !== plan.credentialCode || profile.path !== plan.path) && (
        <p role="status" className="no-print mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950">
          You changed your choice to {profile.credentialCode}; this plan is still for {plan.credentialCode}. Regenerate it below to switch —
          completed work is kept.
        </p>
      )}
      {generated.ok && generated.value.notes.length > 0 && (
        <ul className="mb-4 list-disc pl-5 text-sm text-slate-700">
          {generated.value.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <div className="space-y-6">
        {phases.map((phase) => {
          const items = milestones.filter((m) => m.phase === phase.key);
          return (
            <Card key={phase.key} title={`${phase.title}: ${formatDate(phase.startDate)} – ${formatDate(phase.endDate)}`}>
              {items.length === 0 ? (
                <EmptyState action={null}>No milestones in this phase.</EmptyState>
              ) : (
                <ul className="space-y-2">
                  {items.map((m) => (
                    <MilestoneItem key={m.id} m={m} today={today} />
                  ))}
                </ul>
              )}
            </Card>
          );
        })}
        {milestones.some((m) => !phases.some((p) => p.key === m.phase)) && (
          <Card title="Kept from an earlier plan">
            <ul className="space-y-2">
              {milestones
                .filter((m) => !phases.some((p) => p.key === m.phase))
                .map((m) => (
                  <MilestoneItem key={m.id} m={m} today={today} />
                ))}
            </ul>
          </Card>
        )}
        <FactSource fact={PLAN_TEMPLATES_SOURCE} />
        {generated.ok && (
          <Card title={`Your 30-60-90 day plan (${PERSONA_LABELS[plan.persona].label})`}>
            <ol className="grid gap-4 md:grid-cols-3">
              {generated.value.thirtySixtyNinety.map((b) => (
                <li key={b.label} className="rounded-md border border-slate-200 p-3">
                  <h3 className="font-semibold">{b.label}</h3>
                  <p className="text-sm text-slate-600">
                    {formatDate(b.startDate)} – {formatDate(b.endDate)}
                  </p>
                  <ul className="mt-2 list-disc pl-5 text-sm">
                    {b.actions.map((a) => (
                      <li key={a}>{a}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
            <FactSource fact={THIRTY_SIXTY_NINETY_SOURCE} />
          </Card>
        )}
        <Card title="Regenerate your plan" className="no-print">
          <p className="mb-3 text-sm text-slate-700">
            Changed route, start date or study hours? Regenerating re-dates open milestones and keeps everything you marked done or skipped,
            and your own dates.
          </p>
          <PlanForm {...formDefaults} regenerate />
        </Card>
      </div>
    </>
  );
}
