"use client";
// "Move to" a stage on the application's own page: a labelled select and a button, which also
// works without JavaScript (the board's drag and menus need it).
import { useActionState } from "react";
import { moveApplicationStageAction } from "@/lib/actions/job-hunt/move-application-stage";
import { idle } from "@/lib/actions/idle";
import { APPLICATION_STAGES, APPLICATION_STAGE_LABELS, type ApplicationStage } from "@/lib/domain/applications";

export function MoveCardForm({
  id,
  stage,
  label,
  withDate = false,
}: {
  id: string;
  stage: ApplicationStage;
  label: string;
  withDate?: boolean;
}) {
  const [state, action, pending] = useActionState(moveApplicationStageAction, idle);
  const others = APPLICATION_STAGES.filter((s) => s !== stage);
  // Default to the next step forward (Saved → Applied …), never backwards to Saved.
  const forward = ["SAVED", "APPLIED", "INTERVIEWING", "OFFER", "ACCEPTED"] as const;
  const at = forward.indexOf(stage as (typeof forward)[number]);
  const suggested = at >= 0 && at < forward.length - 1 ? forward[at + 1] : others[0];
  return (
    <form action={action} className="mt-2 flex flex-wrap items-end gap-2">
      <input type="hidden" name="id" value={id} />
      <div>
        <label htmlFor={`move-${id}`} className="block text-xs font-medium text-slate-700">
          Move {label} to
        </label>
        <select id={`move-${id}`} name="stage" defaultValue={suggested} className="rounded border border-slate-300 px-2 py-1 text-sm">
          {others.map((s) => (
            <option key={s} value={s}>
              {APPLICATION_STAGE_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      {withDate && (
        <div>
          <label htmlFor={`move-on-${id}`} className="block text-xs font-medium text-slate-700">
            On (optional)
          </label>
          <input id={`move-on-${id}`} name="on" type="date" className="rounded border border-slate-300 px-2 py-1 text-sm" />
        </div>
      )}
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-slate-400 bg-white px-2 py-1 text-sm font-medium hover:bg-slate-50"
      >
        Move
      </button>
      {state.status === "error" && (
        <p role="alert" className="w-full text-xs text-red-700">
          {state.formError}
          {state.fieldErrors.on ? ` ${state.fieldErrors.on[0]}` : ""}
        </p>
      )}
    </form>
  );
}
