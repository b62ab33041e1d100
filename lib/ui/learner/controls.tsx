"use client";
// Select, radio group, checkbox and textarea in the style of lib/ui/form-controls.tsx: labelled,
// errors linked with aria-describedby, and the submitted value echoed back after an error.
import type { ActionState } from "@/lib/actions/action";
import { fieldError, fieldValue } from "@/lib/ui/form-controls";
import type { FieldOption } from "./field-types";

type AnyState = ActionState<unknown>;
const INPUT = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-600";

function described(id: string, hint?: string, error?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function Help({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint && <p id={`${id}-hint`} className="text-sm text-slate-600">{hint}</p>}
      {error && <p id={`${id}-error`} className="text-sm text-red-700">{error}</p>}
    </>
  );
}

export function SelectField({ name, label, options, state, defaultValue = "", hint, idPrefix = "" }:
  { name: string; label: string; options: FieldOption[]; state: AnyState; defaultValue?: string; hint?: string; idPrefix?: string }) {
  const id = `${idPrefix}field-${name}`;
  const error = fieldError(state, name);
  const groups = [...new Set(options.map((o) => o.group ?? ""))];
  const render = (list: FieldOption[]) => list.map((o) => <option key={o.value} value={o.value}>{o.label}</option>);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">{label}</label>
      <select id={id} name={name} defaultValue={fieldValue(state, name, defaultValue)} aria-invalid={error ? true : undefined}
        aria-describedby={described(id, hint, error)} className={INPUT}>
        {groups.length > 1 ? groups.map((g) => <optgroup key={g} label={g || "Other"}>{render(options.filter((o) => (o.group ?? "") === g))}</optgroup>) : render(options)}
      </select>
      <Help id={id} hint={hint} error={error} />
    </div>
  );
}

export function RadioGroup({ name, label, options, state, defaultValue = "", hint, idPrefix = "" }:
  { name: string; label: string; options: (FieldOption & { description?: string })[]; state: AnyState; defaultValue?: string; hint?: string; idPrefix?: string }) {
  const id = `${idPrefix}field-${name}`;
  const error = fieldError(state, name);
  const chosen = fieldValue(state, name, defaultValue);
  return (
    <fieldset className="space-y-2" aria-describedby={described(id, hint, error)} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium text-slate-800">{label}</legend>
      <Help id={id} hint={hint} error={error} />
      {options.map((o) => (
        <label key={o.value} className="flex items-start gap-2 rounded-md border border-slate-200 p-2 hover:bg-slate-50">
          <input type="radio" name={name} value={o.value} defaultChecked={chosen === o.value} className="mt-1" />
          <span><span className="font-medium">{o.label}</span>{o.description && <span className="block text-sm text-slate-600">{o.description}</span>}</span>
        </label>
      ))}
    </fieldset>
  );
}

export function CheckboxField({ name, label, state, defaultChecked, hint, idPrefix = "" }:
  { name: string; label: string; state: AnyState; defaultChecked?: boolean; hint?: string; idPrefix?: string }) {
  const id = `${idPrefix}field-${name}`;
  const error = fieldError(state, name);
  const checked = state.status === "error" ? state.values[name] === "on" : defaultChecked;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="flex items-center gap-2 text-sm font-medium text-slate-800">
        <input id={id} type="checkbox" name={name} defaultChecked={checked} aria-describedby={described(id, hint, error)} />
        {label}
      </label>
      <Help id={id} hint={hint} error={error} />
    </div>
  );
}

export function TextAreaField({ name, label, state, defaultValue = "", hint, rows = 3, idPrefix = "" }:
  { name: string; label: string; state: AnyState; defaultValue?: string; hint?: string; rows?: number; idPrefix?: string }) {
  const id = `${idPrefix}field-${name}`;
  const error = fieldError(state, name);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">{label}</label>
      <textarea id={id} name={name} rows={rows} defaultValue={fieldValue(state, name, defaultValue)} aria-invalid={error ? true : undefined}
        aria-describedby={described(id, hint, error)} className={INPUT} />
      <Help id={id} hint={hint} error={error} />
    </div>
  );
}
