// One plan milestone: status, (re-)dated due date, overdue called out in text, and its actions.
// A milestone completed automatically (lib/domain/plan-events) says why and can be undone.
import { setMilestoneStatusAction } from "@/lib/actions/learner/set-milestone-status";
import { redateMilestoneAction } from "@/lib/actions/learner/redate-milestone";
import { undoAutoCompletionAction } from "@/lib/actions/learner/undo-auto-completion";
import { effectiveDueDate, isOverdue } from "@/lib/domain/plan";
import type { MilestoneView } from "@/lib/data/learner/plan";
import { ActionButton } from "@/lib/ui/forms/action-button";
import { ActionForm } from "@/lib/ui/forms/action-form";
import { formatDate } from "@/lib/ui/format";

const STATUS_TEXT = { OPEN: "Open", DONE: "Done", SKIPPED: "Skipped" } as const;

export function MilestoneItem({ m, today }: { m: MilestoneView; today: string }) {
  const due = effectiveDueDate(m);
  const overdue = isOverdue(m, today);
  return (
    <li
      className={`rounded-md border p-3 ${overdue ? "border-l-4 border-red-600 bg-red-50" : "border-slate-200"} ${m.status !== "OPEN" ? "opacity-90" : ""}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h4 className={`font-medium ${m.status === "DONE" ? "line-through decoration-slate-400" : ""}`}>{m.title}</h4>
        <p className="text-sm">
          {overdue && <strong className="mr-2 rounded bg-red-700 px-1.5 py-0.5 text-xs font-bold uppercase text-white">Overdue</strong>}
          <span className="text-slate-700">Due {formatDate(due)}</span>
          {m.customDueDate && <span className="text-slate-600"> (moved from {formatDate(m.dueDate)})</span>}
          {!m.customDueDate && m.planDueDate && (
            <span className="text-slate-600"> (your exam date; the plan said {formatDate(m.planDueDate)})</span>
          )}
          <span className="ml-2 font-medium">· {STATUS_TEXT[m.status]}</span>
        </p>
      </div>
      <p className="text-sm text-slate-700">{m.description}</p>
      {m.status === "DONE" && m.autoReason && <p className="mt-1 text-sm text-emerald-900">Done automatically, because {m.autoReason}.</p>}
      <div className="no-print mt-2 flex flex-wrap items-end gap-2">
        {m.status === "OPEN" ? (
          <>
            <ActionButton action={setMilestoneStatusAction} fields={{ id: m.id, status: "DONE" }} label="Mark done" context={m.title} />
            <ActionButton
              action={setMilestoneStatusAction}
              fields={{ id: m.id, status: "SKIPPED" }}
              label="Skip"
              context={m.title}
              variant="ghost"
            />
          </>
        ) : m.status === "DONE" && m.autoReason ? (
          <ActionButton action={undoAutoCompletionAction} fields={{ id: m.id }} label="Undo" context={m.title} variant="ghost" />
        ) : (
          <ActionButton
            action={setMilestoneStatusAction}
            fields={{ id: m.id, status: "OPEN" }}
            label="Reopen"
            context={m.title}
            variant="ghost"
          />
        )}
        {m.status === "OPEN" && (
          <details>
            <summary className="cursor-pointer text-sm text-brand-700 underline">Change date</summary>
            <ActionForm
              action={redateMilestoneAction}
              idPrefix={`m-${m.id}-`}
              submitLabel="Save date"
              fields={[
                { kind: "hidden", name: "id", value: m.id },
                {
                  kind: "date",
                  name: "customDueDate",
                  label: `New due date for ${m.title}`,
                  defaultValue: m.customDueDate ?? due,
                  hint: "Clear it to go back to the plan's date.",
                },
              ]}
            />
          </details>
        )}
      </div>
    </li>
  );
}
