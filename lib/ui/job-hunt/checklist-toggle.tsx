"use client";
// One checklist item as a toggle button (aria-pressed) inside a tiny form, so it works by
// mouse and keyboard and without JavaScript; the label says what pressing it does.
import { useActionState } from "react";
import { setChecklistMarkAction } from "@/lib/actions/job-hunt/set-checklist-mark";
import { idle } from "@/lib/actions/idle";
import { buttonVariants } from "@/lib/ui/primitives/button-variants";

export function ChecklistToggle({
  list,
  itemKey,
  label,
  checked,
  onText,
  offText,
}: {
  list: "resume-keywords" | "remote-readiness" | "prefs";
  itemKey: string;
  label: string;
  checked: boolean;
  onText: string;
  offText: string;
}) {
  const [state, action, pending] = useActionState(setChecklistMarkAction, idle);
  const isOn = state.status === "ok" ? state.data.checked : checked;
  return (
    <form action={action} className="inline">
      <input type="hidden" name="list" value={list} />
      <input type="hidden" name="itemKey" value={itemKey} />
      <input type="hidden" name="checked" value={isOn ? "false" : "true"} />
      <button
        type="submit"
        aria-pressed={isOn}
        disabled={pending}
        aria-label={`${label}: ${isOn ? onText : offText}`}
        className={buttonVariants({ variant: "secondary", size: "sm" })}
      >
        {isOn && (
          // lucide's "check", inline to keep the icon runtime out of this client bundle
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth="2.5"
            strokeLinecap="round"
            className="size-4"
          >
            <path d="M20 6 9 17l-5-5" />
          </svg>
        )}
        {isOn ? onText : offText}
      </button>
      {state.status === "error" && (
        <span role="alert" className="ml-2 text-xs text-red-700">
          {state.formError}
        </span>
      )}
    </form>
  );
}
