"use client";
// One weekly email's state ("On"/"Off") and the button that changes it ("Turn off"/"Turn on")
// inside a tiny form, so it works by mouse, keyboard and without JavaScript. The button names
// what pressing it does; the state beside it is announced when it changes.
import { useActionState } from "react";
import { setAdvisorDigestAction } from "@/lib/actions/weekly-emails/set-advisor-digest";
import { setLearnerSummaryAction } from "@/lib/actions/weekly-emails/set-learner-summary";
import { idle } from "@/lib/actions/idle";
import { buttonVariants } from "@/lib/ui/primitives/button-variants";

const ACTIONS = { ADVISOR_DIGEST: setAdvisorDigestAction, LEARNER_SUMMARY: setLearnerSummaryAction } as const;

export function WeeklyEmailToggle({ kind, label, enabled }: { kind: keyof typeof ACTIONS; label: string; enabled: boolean }) {
  const [state, action, pending] = useActionState(ACTIONS[kind], idle);
  const isOn = state.status === "ok" ? state.data.enabled : enabled;
  return (
    <form action={action} className="inline-flex items-center gap-2">
      <input type="hidden" name="enabled" value={isOn ? "false" : "true"} />
      <span aria-live="polite" className={isOn ? "text-sm font-medium text-brand-800" : "text-sm text-slate-600"}>
        {isOn ? "On" : "Off"}
      </span>
      <button
        type="submit"
        disabled={pending}
        aria-label={`${isOn ? "Turn off" : "Turn on"}: ${label}`}
        className={buttonVariants({ variant: "secondary", size: "sm" })}
      >
        {isOn ? "Turn off" : "Turn on"}
      </button>
      {state.status === "error" && (
        <span role="alert" className="ml-2 text-xs text-red-700">
          {state.formError}
        </span>
      )}
    </form>
  );
}
