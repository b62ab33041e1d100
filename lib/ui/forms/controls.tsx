"use client";
// Select, radio group, checkbox, textarea and file controls in the style of TextField
// (lib/ui/form-controls.tsx): labelled, hint and error linked with aria-describedby, and the
// submitted value echoed back after an error. The controls themselves are the primitives
// (lib/ui/primitives/input.tsx, file-drop-zone.tsx), so their look is defined once.
import type { ActionState } from "@/lib/actions/action";
import { fieldError, fieldValue } from "@/lib/ui/form-controls";
import { FileDropZone } from "@/lib/ui/primitives/file-drop-zone";
import { Checkbox, Radio, Select, Textarea } from "@/lib/ui/primitives/input";
import type { FieldOption } from "./field-spec";

interface ControlProps {
  id: string;
  name: string;
  label: string;
  state: ActionState<unknown>;
  hint?: string;
}

function describedBy(id: string, hint?: string, error?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

const Hint = ({ id, hint }: { id: string; hint?: string }) =>
  hint ? (
    <p id={`${id}-hint`} className="text-sm text-slate-600">
      {hint}
    </p>
  ) : null;
const ErrorText = ({ id, error }: { id: string; error?: string }) =>
  error ? (
    <p id={`${id}-error`} className="text-sm text-red-700">
      {error}
    </p>
  ) : null;

/** Label above, then hint, the control (given its aria attributes) and the error: TextField's order. */
function Labelled({
  id,
  name,
  label,
  state,
  hint,
  children,
}: ControlProps & { children: (aria: { "aria-invalid"?: true; "aria-describedby"?: string }) => React.ReactNode }) {
  const error = fieldError(state, name);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <Hint id={id} hint={hint} />
      {children({ "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(id, hint, error) })}
      <ErrorText id={id} error={error} />
    </div>
  );
}

/** Controls used outside ActionForm may leave out `id`: it is then `field-<name>`, as for TextField. */
type OptionalId = Omit<ControlProps, "id"> & { id?: string };

export function SelectField({
  id,
  options,
  defaultValue = "",
  required,
  ...rest
}: OptionalId & { options: readonly FieldOption[]; defaultValue?: string; required?: boolean }) {
  const p = { ...rest, id: id ?? `field-${rest.name}` };
  const groups = [...new Set(options.map((o) => o.group ?? ""))];
  const render = (list: readonly FieldOption[]) =>
    list.map((o) => (
      <option key={o.value} value={o.value}>
        {o.label}
      </option>
    ));
  return (
    <Labelled {...p}>
      {(aria) => (
        // Keyed by the value so a refused submit remounts it showing what was chosen: React 19's
        // form reset otherwise puts a select back to the option it first rendered with.
        <Select
          key={fieldValue(p.state, p.name, defaultValue)}
          id={p.id}
          name={p.name}
          defaultValue={fieldValue(p.state, p.name, defaultValue)}
          required={required}
          {...aria}
        >
          {groups.length > 1
            ? groups.map((g) => (
                <optgroup key={g} label={g || "Other"}>
                  {render(options.filter((o) => (o.group ?? "") === g))}
                </optgroup>
              ))
            : render(options)}
        </Select>
      )}
    </Labelled>
  );
}

/** Uncontrolled (the submitted text is echoed back after an error) unless `value` and `onChange` are given. */
export function TextAreaField({
  id,
  defaultValue = "",
  rows = 3,
  maxLength,
  required,
  value,
  onChange,
  ...rest
}: OptionalId & {
  defaultValue?: string;
  rows?: number;
  maxLength?: number;
  required?: boolean;
  value?: string;
  onChange?: React.ChangeEventHandler<HTMLTextAreaElement>;
}) {
  const p = { ...rest, id: id ?? `field-${rest.name}` };
  const text = value === undefined ? { defaultValue: fieldValue(p.state, p.name, defaultValue) } : { value, onChange };
  return (
    <Labelled {...p}>
      {(aria) => <Textarea id={p.id} name={p.name} rows={rows} maxLength={maxLength} required={required} {...text} {...aria} />}
    </Labelled>
  );
}

/** A chosen file cannot be echoed back after an error; the user picks it again. */
export function FileField({
  accept,
  required,
  dropHint,
  onChange,
  ...rest
}: OptionalId & {
  accept?: string;
  required?: boolean;
  /** Inside the drop zone, e.g. "CSV, up to 2 MB". */
  dropHint?: string;
  onChange?: React.ChangeEventHandler<HTMLInputElement>;
}) {
  const p = { ...rest, id: rest.id ?? `field-${rest.name}` };
  return (
    <Labelled {...p}>
      {(aria) => <FileDropZone id={p.id} name={p.name} accept={accept} required={required} hint={dropHint} onChange={onChange} {...aria} />}
    </Labelled>
  );
}

export function CheckboxField({ id, name, label, state, hint, defaultChecked }: ControlProps & { defaultChecked?: boolean }) {
  const error = fieldError(state, name);
  // An unticked box sends nothing, so after an error "absent" means unticked, not "use the default".
  const checked = state.status === "error" ? state.values[name] === "on" : defaultChecked;
  return (
    <div className="space-y-1">
      <div className="flex items-start gap-2">
        <Checkbox
          id={id}
          name={name}
          defaultChecked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          className="mt-1"
        />
        <label htmlFor={id} className="text-sm font-medium text-slate-800">
          {label}
        </label>
      </div>
      <Hint id={id} hint={hint} />
      <ErrorText id={id} error={error} />
    </div>
  );
}

/** Radios have no single control to label, so the group is a fieldset named by its legend. */
export function RadioGroup({
  id,
  name,
  label,
  state,
  hint,
  options,
  defaultValue = "",
}: ControlProps & { options: (FieldOption & { description?: string })[]; defaultValue?: string }) {
  const error = fieldError(state, name);
  const chosen = fieldValue(state, name, defaultValue);
  return (
    <fieldset className="space-y-2" aria-describedby={describedBy(id, hint, error)} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium text-slate-800">{label}</legend>
      <Hint id={id} hint={hint} />
      <ErrorText id={id} error={error} />
      {options.map((o) => (
        <label
          key={o.value}
          className="flex cursor-pointer items-start gap-2 rounded-md border border-slate-200 p-2 hover:border-brand-600 hover:bg-brand-50 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
        >
          <Radio name={name} value={o.value} defaultChecked={chosen === o.value} className="mt-1" />
          <span>
            <span className="font-medium">{o.label}</span>
            {o.description && <span className="block text-sm text-slate-600">{o.description}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
