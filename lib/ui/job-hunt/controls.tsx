"use client";
// Select, textarea and checkbox controls matching lib/ui/form-controls.tsx: labelled, errors
// linked with aria-describedby, and the submitted value echoed back after an error.
import type { ActionState } from "@/lib/actions/action";
import { fieldError, fieldValue } from "@/lib/ui/form-controls";

type AnyState = ActionState<unknown>;
const inputClass = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-600";

function describedBy(id: string, hint?: string, error?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function Label({ id, label, hint }: { id: string; label: string; hint?: string }) {
  return (
    <>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">{label}</label>
      {hint && <p id={`${id}-hint`} className="text-sm text-slate-600">{hint}</p>}
    </>
  );
}

function ErrorText({ id, error }: { id: string; error?: string }) {
  return error ? <p id={`${id}-error`} className="text-sm text-red-700">{error}</p> : null;
}

interface SelectFieldProps {
  name: string;
  label: string;
  state: AnyState;
  options: readonly { value: string; label: string }[];
  defaultValue?: string;
  hint?: string;
  id?: string;
  required?: boolean;
}

export function SelectField({ name, label, state, options, defaultValue = "", hint, id, required }: SelectFieldProps) {
  const inputId = id ?? `field-${name}`;
  const error = fieldError(state, name);
  return (
    <div className="space-y-1">
      <Label id={inputId} label={label} hint={hint} />
      <select id={inputId} name={name} defaultValue={fieldValue(state, name, defaultValue)} required={required}
        aria-invalid={error ? true : undefined} aria-describedby={describedBy(inputId, hint, error)} className={inputClass}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      <ErrorText id={inputId} error={error} />
    </div>
  );
}

interface TextAreaFieldProps extends Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "name"> {
  name: string;
  label: string;
  state: AnyState;
  hint?: string;
}

export function TextAreaField({ name, label, state, hint, defaultValue, id, rows = 6, ...rest }: TextAreaFieldProps) {
  const inputId = id ?? `field-${name}`;
  const error = fieldError(state, name);
  // A controlled textarea (value + onChange in `rest`) keeps its own text; otherwise echo it back.
  const initial = rest.value === undefined ? { defaultValue: fieldValue(state, name, typeof defaultValue === "string" ? defaultValue : "") } : {};
  return (
    <div className="space-y-1">
      <Label id={inputId} label={label} hint={hint} />
      <textarea id={inputId} name={name} rows={rows} {...initial}
        aria-invalid={error ? true : undefined} aria-describedby={describedBy(inputId, hint, error)} className={inputClass} {...rest} />
      <ErrorText id={inputId} error={error} />
    </div>
  );
}

/** Shown only after the PHI guard complained: the user confirms the text holds no real patient data. */
export function PhiConfirm({ state }: { state: AnyState }) {
  const error = fieldError(state, "confirmPhi");
  if (!error) return null;
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-3">
      <label className="flex items-start gap-2 text-sm text-slate-900">
        <input type="checkbox" name="confirmPhi" className="mt-1 h-4 w-4" aria-describedby="field-confirmPhi-error" />
        <span>I checked: this is not real patient information (it is redacted, invented or my own details). Save anyway.</span>
      </label>
      <p id="field-confirmPhi-error" className="mt-1 text-sm text-amber-900">{error}</p>
    </div>
  );
}

export function SuccessMessage({ children }: { children: React.ReactNode }) {
  return <p role="status" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900">{children}</p>;
}

export const buttonClass = "inline-flex items-center justify-center rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60";
export const secondaryButtonClass = "inline-flex items-center justify-center rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50";
