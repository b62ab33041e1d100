"use client";
// A one-button form (mark done, skip, delete) with hidden fields; its error shows beside it.
import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/action";
import { idle } from "@/lib/actions/idle";
import type { FormAction } from "./action-form";

/** `label` is what sighted users see; the accessible name adds `context` (e.g. the item's title) after it. */
export function ActionButton<T>({
  action,
  fields,
  label,
  context,
  confirm,
  className,
}: {
  action: FormAction<T>;
  fields: Record<string, string>;
  label: string;
  context?: string;
  confirm?: string;
  className?: string;
}) {
  const [state, formAction] = useActionState(action, idle as ActionState<T>);
  return (
    <form
      action={formAction}
      className="inline"
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) e.preventDefault();
      }}
    >
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <button
        type="submit"
        className={className ?? "rounded-md border border-slate-300 px-2 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100"}
        aria-label={context ? `${label}: ${context}` : undefined}
      >
        {label}
      </button>
      {state.status === "error" && (
        <span role="alert" className="ml-2 text-sm text-red-700">
          {state.formError}
        </span>
      )}
    </form>
  );
}
