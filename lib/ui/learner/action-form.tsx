"use client";
// The learner journey's generic form: renders FieldSpecs, submits to a server action with
// useActionState, shows field errors beside fields and a confirmation after success.
import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/action";
import { idle } from "@/lib/actions/idle";
import { FormMessage, SubmitButton, TextField } from "@/lib/ui/form-controls";
import { CheckboxField, RadioGroup, SelectField, TextAreaField } from "./controls";
import type { FieldSpec } from "./field-types";

type Action<T> = (prev: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

export function ActionForm<T>({ action, fields, submitLabel, successMessage, idPrefix = "", layout = "stack", resetOnSuccess = true }: {
  action: Action<T>; fields: FieldSpec[]; submitLabel: string; successMessage?: string; idPrefix?: string;
  layout?: "stack" | "grid"; resetOnSuccess?: boolean;
}) {
  const [state, formAction] = useActionState(action, idle as ActionState<T>);
  // A new key after each success resets the fields for the next entry (results carry an id or a timestamp).
  const key = resetOnSuccess && state.status === "ok" ? JSON.stringify(state.data) : "form";
  return (
    <form action={formAction} key={key} className="space-y-3" noValidate>
      <FormMessage state={state} />
      {state.status === "ok" && successMessage && <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">{successMessage}</p>}
      <div className={layout === "grid" ? "grid gap-3 sm:grid-cols-2 lg:grid-cols-3" : "space-y-3"}>
        {fields.map((f) => {
          const p = { state, idPrefix };
          switch (f.kind) {
            case "hidden": return <input key={f.name} type="hidden" name={f.name} value={f.value} />;
            case "select": return <SelectField key={f.name} {...p} name={f.name} label={f.label} options={f.options} defaultValue={f.defaultValue} hint={f.hint} />;
            case "radio": return <RadioGroup key={f.name} {...p} name={f.name} label={f.label} options={f.options} defaultValue={f.defaultValue} hint={f.hint} />;
            case "checkbox": return <CheckboxField key={f.name} {...p} name={f.name} label={f.label} defaultChecked={f.defaultChecked} hint={f.hint} />;
            case "textarea": return <TextAreaField key={f.name} {...p} name={f.name} label={f.label} defaultValue={f.defaultValue} hint={f.hint} rows={f.rows} />;
            default: return <TextField key={f.name} state={state} id={`${idPrefix}field-${f.name}`} name={f.name} label={f.label} hint={f.hint}
              defaultValue={f.defaultValue} type={f.kind === "number" ? "text" : f.kind} inputMode={f.kind === "number" ? (f.inputMode ?? "numeric") : undefined}
              min={f.min} max={f.max} step={f.step} />;
          }
        })}
      </div>
      <SubmitButton className="inline-flex items-center justify-center rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">{submitLabel}</SubmitButton>
    </form>
  );
}

/** A one-button form (mark done, skip, delete) with hidden fields; errors show beside it. */
/** `label` is what sighted users see; the accessible name adds `context` (e.g. the item's title) after it. */
export function ActionButton<T>({ action, fields, label, context, confirm, className }: {
  action: Action<T>; fields: Record<string, string>; label: string; context?: string; confirm?: string; className?: string;
}) {
  const [state, formAction] = useActionState(action, idle as ActionState<T>);
  return (
    <form action={formAction} className="inline" onSubmit={(e) => { if (confirm && !window.confirm(confirm)) e.preventDefault(); }}>
      {Object.entries(fields).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      <button type="submit" className={className ?? "rounded-md border border-slate-300 px-2 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100"}
        aria-label={context ? `${label}: ${context}` : undefined}>{label}</button>
      {state.status === "error" && <span role="alert" className="ml-2 text-sm text-red-700">{state.formError}</span>}
    </form>
  );
}
