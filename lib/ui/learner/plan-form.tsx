// The generate / regenerate plan form (route, start date, weekly hours), prefilled.
import { generatePlanAction } from "@/lib/actions/learner/generate-plan";
import { TRAINING_ROUTES } from "@/lib/content/training-routes";
import { ActionForm } from "@/lib/ui/forms/action-form";

export function PlanForm({
  routeCode,
  startDate,
  weeklyHours,
  regenerate,
}: {
  routeCode: string;
  startDate: string;
  weeklyHours: string;
  regenerate: boolean;
}) {
  return (
    <ActionForm
      action={generatePlanAction}
      idPrefix="plan-"
      layout="grid"
      submitLabel={regenerate ? "Regenerate plan" : "Generate my plan"}
      successMessage={regenerate ? "Plan regenerated. Done, skipped and re-dated milestones were kept." : "Your plan is ready."}
      fields={[
        {
          kind: "select",
          name: "routeCode",
          label: "Training route",
          defaultValue: routeCode,
          options: TRAINING_ROUTES.map((r) => ({
            value: r.code,
            label: `${r.name} (${r.durationMonths.value.min === r.durationMonths.value.max ? r.durationMonths.value.max : `${r.durationMonths.value.min}–${r.durationMonths.value.max}`} months)`,
          })),
        },
        { kind: "date", name: "startDate", label: "Start date", defaultValue: startDate },
        { kind: "number", name: "weeklyHours", label: "Weekly study hours", defaultValue: weeklyHours },
      ]}
    />
  );
}
