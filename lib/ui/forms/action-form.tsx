"use client";
// The one generic form: server pages describe fields as data (field-spec.ts) and this renders
// them, submits to a server action with useActionState, shows errors beside fields, keeps
// what was typed and confirms success. `noValidate`: the server's zod schema is the one
// validator, and its messages appear inline beside fields instead of browser popups.
import { useActionState, useId } from "react";
import type { ActionState } from "@/lib/actions/action";
import { idle } from "@/lib/actions/idle";
import { FormMessage, SubmitButton, TextField } from "@/lib/ui/form-controls";
import type { ButtonSize, ButtonVariant } from "@/lib/ui/primitives/button-variants";
import { ConfirmDialog } from "@/lib/ui/primitives/confirm-dialog";
import type { Confirmation } from "./action-button";
import { CheckboxField, FileField, RadioGroup, SelectField, TextAreaField } from "./controls";
import type { FieldSpec } from "./field-spec";

export type FormAction<T> = (prev: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
type Visible = Exclude<FieldSpec, { kind: "hidden" }>;

interface ActionFormProps<T> {
  action: FormAction<T>;
  fields: FieldSpec[];
  /** Sent with every submission, e.g. the id of the record the form changes. */
  hidden?: Record<string, string>;
  submitLabel: string;
  pendingLabel?: string;
  successMessage?: string;
  layout?: "stack" | "grid" | "inline";
  submitVariant?: ButtonVariant;
  submitSize?: ButtonSize;
  /** Irreversible actions: the submit button opens a ConfirmDialog, whose confirm button sends `confirm=on`. */
  confirm?: Confirmation;
  /** Empty the fields after each success, for forms that add one entry after another. */
  resetOnSuccess?: boolean;
  /** Fields get ids `${idPrefix}field-${name}`; without one, a per-form prefix keeps repeated forms on a page apart. */
  idPrefix?: string;
}

const FIELDS_LAYOUT = { stack: "space-y-3", grid: "grid gap-3 sm:grid-cols-2 lg:grid-cols-3", inline: "contents" } as const;

function Field({ spec, state, id }: { spec: Visible; state: ActionState<unknown>; id: string }) {
  const p = { id, state, name: spec.name, label: spec.label, hint: spec.hint };
  switch (spec.kind) {
    case "select":
      return <SelectField {...p} options={spec.options} defaultValue={spec.defaultValue} required={spec.required} />;
    case "radio":
      return <RadioGroup {...p} options={spec.options} defaultValue={spec.defaultValue} />;
    case "checkbox":
      return <CheckboxField {...p} defaultChecked={spec.defaultChecked} />;
    case "textarea":
      return <TextAreaField {...p} defaultValue={spec.defaultValue} rows={spec.rows} maxLength={spec.maxLength} required={spec.required} />;
    case "file":
      return <FileField {...p} accept={spec.accept} required={spec.required} />;
    // type="number" silently drops input such as "1,200"; a text box lets the server say what is wrong.
    default:
      return (
        <TextField
          {...p}
          type={spec.kind === "number" ? "text" : spec.kind}
          inputMode={spec.kind === "number" ? (spec.inputMode ?? "numeric") : undefined}
          defaultValue={spec.defaultValue}
          required={spec.required}
          autoComplete={spec.autoComplete}
          maxLength={spec.maxLength}
          min={spec.min}
          max={spec.max}
          step={spec.step}
        />
      );
  }
}

export function ActionForm<T>({
  action,
  fields,
  hidden,
  submitLabel,
  pendingLabel,
  successMessage,
  layout = "stack",
  submitVariant,
  submitSize = "md",
  confirm,
  resetOnSuccess = false,
  idPrefix,
}: ActionFormProps<T>) {
  const [state, formAction, pending] = useActionState(action, idle as ActionState<T>);
  const autoPrefix = `${useId().replace(/[^\w-]/g, "")}-`;
  const prefix = idPrefix ?? autoPrefix;
  const all: FieldSpec[] = [...Object.entries(hidden ?? {}).map(([name, value]) => ({ kind: "hidden" as const, name, value })), ...fields];
  const visible = all.filter((f): f is Visible => f.kind !== "hidden");
  const hiddenInputs = all.filter((f) => f.kind === "hidden");
  // A new key after each success remounts the form, emptying it (results carry an id or a timestamp).
  const key = resetOnSuccess && state.status === "ok" ? JSON.stringify(state.data) : "form";
  return (
    <form action={formAction} key={key} className={layout === "inline" ? "flex flex-wrap items-end gap-2" : "space-y-3"} noValidate>
      <FormMessage state={state} />
      {state.status === "ok" && successMessage && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          {successMessage}
        </p>
      )}
      {hiddenInputs.map((f) => (
        <input key={f.name} type="hidden" name={f.name} value={f.value} />
      ))}
      {visible.length > 0 && (
        <div className={FIELDS_LAYOUT[layout]}>
          {visible.map((f) => (
            <Field key={f.name} spec={f} state={state} id={`${prefix}field-${f.name}`} />
          ))}
        </div>
      )}
      {confirm ? (
        <ConfirmDialog
          triggerLabel={submitLabel}
          triggerVariant={submitVariant ?? "destructive"}
          size={submitSize}
          title={confirm.title}
          description={confirm.description}
          confirmLabel={confirm.confirmLabel ?? submitLabel}
          pending={pending}
        />
      ) : (
        <SubmitButton pendingLabel={pendingLabel} variant={submitVariant} size={submitSize}>
          {submitLabel}
        </SubmitButton>
      )}
    </form>
  );
}
