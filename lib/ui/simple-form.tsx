"use client";
// A form described by a serializable field list, so server pages can declare forms without
// writing a client component each time. Errors appear beside fields; typed values are kept.
import { useActionState, useId } from "react";
import type { ActionState } from "@/lib/actions/action";
import { idle } from "@/lib/actions/idle";
import { FormMessage, SubmitButton, TextField, fieldError, fieldValue } from "@/lib/ui/form-controls";

export type FieldSpec =
  | { kind: "text" | "email" | "date" | "number" | "url" | "password"; name: string; label: string; required?: boolean; hint?: string; defaultValue?: string; autoComplete?: string; maxLength?: number }
  | { kind: "textarea"; name: string; label: string; required?: boolean; hint?: string; defaultValue?: string; rows?: number; maxLength?: number }
  | { kind: "select"; name: string; label: string; options: { value: string; label: string }[]; required?: boolean; hint?: string; defaultValue?: string }
  | { kind: "checkbox"; name: string; label: string; hint?: string; defaultChecked?: boolean }
  | { kind: "file"; name: string; label: string; accept?: string; hint?: string; required?: boolean };

type AnyAction = (prev: never, formData: FormData) => Promise<ActionState<unknown>>;
type StateAction = (prev: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;

interface SimpleFormProps {
  action: AnyAction;
  fields: FieldSpec[];
  hidden?: Record<string, string>;
  submitLabel: string;
  pendingLabel?: string;
  successMessage?: string;
  inline?: boolean;
  submitClassName?: string;
  /** Shown with a checkbox the user must tick first, for destructive actions. */
  confirmLabel?: string;
}

const inputClass = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm aria-[invalid=true]:border-red-600";

function Described({ id, hint, error, children, label }: { id: string; hint?: string; error?: string; label: string; children: (describedBy?: string) => React.ReactNode }) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">{label}</label>
      {hint && <p id={`${id}-hint`} className="text-sm text-slate-600">{hint}</p>}
      {children(describedBy)}
      {error && <p id={`${id}-error`} className="text-sm text-red-700">{error}</p>}
    </div>
  );
}

function Field({ spec, state, prefix }: { spec: FieldSpec; state: ActionState<unknown>; prefix: string }) {
  const error = fieldError(state, spec.name);
  const id = `${prefix}-${spec.name}`;
  if (spec.kind === "checkbox") {
    return (
      <div className="space-y-1">
        <div className="flex items-start gap-2">
          <input id={id} name={spec.name} type="checkbox" defaultChecked={state.status === "error" ? state.values[spec.name] === "on" : spec.defaultChecked} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} className="mt-1 h-4 w-4" />
          <label htmlFor={id} className="text-sm text-slate-800">{spec.label}</label>
        </div>
        {error && <p id={`${id}-error`} className="text-sm text-red-700">{error}</p>}
      </div>
    );
  }
  if (spec.kind === "select") {
    return (
      <Described id={id} hint={spec.hint} error={error} label={spec.label}>
        {(d) => (
          <select id={id} name={spec.name} defaultValue={fieldValue(state, spec.name, spec.defaultValue ?? "")} aria-invalid={error ? true : undefined} aria-describedby={d} required={spec.required} className={inputClass}>
            {spec.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        )}
      </Described>
    );
  }
  if (spec.kind === "textarea") {
    return (
      <Described id={id} hint={spec.hint} error={error} label={spec.label}>
        {(d) => <textarea id={id} name={spec.name} rows={spec.rows ?? 4} maxLength={spec.maxLength} defaultValue={fieldValue(state, spec.name, spec.defaultValue ?? "")} aria-invalid={error ? true : undefined} aria-describedby={d} required={spec.required} className={inputClass} />}
      </Described>
    );
  }
  if (spec.kind === "file") {
    return (
      <Described id={id} hint={spec.hint} error={error} label={spec.label}>
        {(d) => <input id={id} name={spec.name} type="file" accept={spec.accept} aria-invalid={error ? true : undefined} aria-describedby={d} required={spec.required} className="block w-full text-sm" />}
      </Described>
    );
  }
  return <TextField id={id} state={state} name={spec.name} label={spec.label} type={spec.kind} required={spec.required} hint={spec.hint} defaultValue={spec.defaultValue} autoComplete={spec.autoComplete} maxLength={spec.maxLength} />;
}

export function SimpleForm({ action, fields, hidden, submitLabel, pendingLabel, successMessage, inline, submitClassName, confirmLabel }: SimpleFormProps) {
  const [state, formAction] = useActionState(action as unknown as StateAction, idle as ActionState<unknown>);
  const prefix = useId().replace(/:/g, "");
  const allFields: FieldSpec[] = confirmLabel ? [...fields, { kind: "checkbox", name: "confirm", label: confirmLabel }] : fields;
  return (
    <form action={formAction} className={inline ? "flex flex-wrap items-end gap-2" : "space-y-4"} noValidate>
      <FormMessage state={state} />
      {state.status === "ok" && successMessage && <p role="status" className="text-sm text-brand-800">{successMessage}</p>}
      {Object.entries(hidden ?? {}).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      {allFields.map((f) => <Field key={f.name} spec={f} state={state} prefix={prefix} />)}
      <SubmitButton pendingLabel={pendingLabel} className={submitClassName ?? "rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"}>{submitLabel}</SubmitButton>
    </form>
  );
}
