"use client";
// The job-hunt forms' own pieces: the PHI confirmation shown after the guard complains and the
// success message. Fields come from lib/ui/form-controls.tsx and lib/ui/forms/controls.tsx and
// buttons from lib/ui/primitives like every other form's.
import type { ActionState } from "@/lib/actions/action";
import { fieldError } from "@/lib/ui/form-controls";
import { Checkbox } from "@/lib/ui/primitives/input";

type AnyState = ActionState<unknown>;

/** Shown only after the PHI guard complained: the user confirms the text holds no real patient data. */
export function PhiConfirm({ state }: { state: AnyState }) {
  const error = fieldError(state, "confirmPhi");
  if (!error) return null;
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-3">
      <label className="flex items-start gap-2 text-sm text-slate-900">
        <Checkbox name="confirmPhi" className="mt-1" aria-describedby="field-confirmPhi-error" />
        <span>I checked: this is not real patient information (it is redacted, invented or my own details). Save anyway.</span>
      </label>
      <p id="field-confirmPhi-error" className="mt-1 text-sm text-amber-900">
        {error}
      </p>
    </div>
  );
}

export function SuccessMessage({ children }: { children: React.ReactNode }) {
  return (
    <p role="status" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900">
      {children}
    </p>
  );
}
