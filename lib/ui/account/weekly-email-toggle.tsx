"use client";
// One weekly email as an on/off toggle button (aria-pressed) inside a tiny form, so it works by
// mouse, keyboard and without JavaScript; the label says what pressing it does.
import { useActionState } from "react";
import { setAdvisorDigestAction } from "@/lib/actions/weekly-emails/set-advisor-digest";
import { setLearnerSummaryAction } from "@/lib/actions/weekly-emails/set-learner-summary";
import { idle } from "@/lib/actions/idle";
import { buttonVariants } from "@/lib/ui/primitives/button-variants";

const ACTIONS = { ADVISOR_DIGEST: setAdvisorDigestAction, LEARNER_SUMMARY: setLearnerSummaryAction } as const;

export function WeeklyEmailToggle({ kind, label, enabled }: { kind: keyof typeof ACTIONS; label: string; enabled: boolean }) {
  const [state, action, pending] = useActionState(ACTIONS[kind], idle);
  const isOn = state.status === "ok" ? state.data.enabled : enabled;
  const text = isOn ? "On" : "Off — turn on";
  return (
    <form action={action} className="inline">
      <input type="hidden" name="enabled" value={isOn ? "false" : "true"} />
      <button
        type="submit"
        aria-pressed={isOn}
        disabled={pending}
        aria-label={`${label}: ${text}`}
        className={buttonVariants({ variant: "secondary", size: "sm" })}
      >
        {text}
      </button>
      {state.status === "error" && (
        <span role="alert" className="ml-2 text-xs text-red-700">
          {state.formError}
        </span>
      )}
    </form>
  );
}
