"use client";
// Accessible form building blocks: labelled fields whose errors are linked with
// aria-describedby and announced; a submit button that shows pending state. The look comes from
// lib/ui/primitives (Input, Button), so every form shares one visual language.
import { useFormStatus } from "react-dom";
import type { ActionState } from "@/lib/actions/action";
import { Button } from "@/lib/ui/primitives/button";
import type { ButtonSize, ButtonVariant } from "@/lib/ui/primitives/button-variants";
import { Input } from "@/lib/ui/primitives/input";

type AnyState = ActionState<unknown>;

export function fieldError(state: AnyState, name: string): string | undefined {
  return state.status === "error" ? state.fieldErrors[name]?.[0] : undefined;
}

export function fieldValue(state: AnyState, name: string, fallback = ""): string {
  return state.status === "error" ? (state.values[name] ?? fallback) : fallback;
}

interface TextFieldProps extends Omit<React.InputHTMLAttributes<HTMLInputElement>, "name"> {
  name: string;
  label: string;
  state: AnyState;
  hint?: string;
}

export function TextField({ name, label, state, hint, defaultValue, id, ...rest }: TextFieldProps) {
  const inputId = id ?? `field-${name}`;
  const error = fieldError(state, name);
  const describedBy = [hint ? `${inputId}-hint` : null, error ? `${inputId}-error` : null].filter(Boolean).join(" ") || undefined;
  const value = rest.type === "password" ? undefined : fieldValue(state, name, typeof defaultValue === "string" ? defaultValue : "");
  return (
    <div className="space-y-1">
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {hint && (
        <p id={`${inputId}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <Input
        id={inputId}
        name={name}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...rest}
      />
      {error && (
        <p id={`${inputId}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

export function FormMessage({ state }: { state: AnyState }) {
  if (state.status !== "error" || !state.formError) return null;
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {state.formError}
    </div>
  );
}

/** The form's submit button: a Button (primary unless told) that shows the pending state. */
export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  size = "md",
  className,
}: {
  children: React.ReactNode;
  pendingLabel?: string;
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Layout only (e.g. "w-full"); the look comes from variant and size. */
  className?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant={variant} size={size} pending={pending} pendingLabel={pendingLabel ?? "Working…"} className={className}>
      {children}
    </Button>
  );
}
