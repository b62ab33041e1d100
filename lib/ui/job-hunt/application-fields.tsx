"use client";
// The fields of an application form (create and edit share them).
import type { ActionState } from "@/lib/actions/action";
import { TextField } from "@/lib/ui/form-controls";
import { SelectField, TextAreaField } from "@/lib/ui/forms/controls";
import { ROLE_TYPE_OPTIONS, SOURCE_OPTIONS, WORK_MODE_OPTIONS } from "./option-lists";

export type ApplicationValues = Partial<Record<string, string>>;

export function ApplicationFieldset({ state, values = {} }: { state: ActionState<unknown>; values?: ApplicationValues }) {
  const v = (k: string) => values[k] ?? "";
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <TextField name="company" label="Company" state={state} defaultValue={v("company")} required />
      <TextField name="title" label="Job title" state={state} defaultValue={v("title")} required />
      <SelectField
        name="roleType"
        label="Role type"
        state={state}
        options={ROLE_TYPE_OPTIONS}
        defaultValue={v("roleType") || "MEDICAL_CODER"}
      />
      <SelectField name="workMode" label="Work mode" state={state} options={WORK_MODE_OPTIONS} defaultValue={v("workMode") || "REMOTE"} />
      <TextField name="location" label="Location" state={state} defaultValue={v("location")} />
      <SelectField name="source" label="Source" state={state} options={SOURCE_OPTIONS} defaultValue={v("source") || "INDEED"} />
      <div className="sm:col-span-2">
        <TextField name="link" label="Link to the posting" type="url" placeholder="https://" state={state} defaultValue={v("link")} />
      </div>
      <TextField name="salaryMin" label="Salary min ($/year)" inputMode="numeric" state={state} defaultValue={v("salaryMin")} />
      <TextField name="salaryMax" label="Salary max ($/year)" inputMode="numeric" state={state} defaultValue={v("salaryMax")} />
      <TextField
        name="appliedOn"
        label="Applied on"
        type="date"
        state={state}
        defaultValue={v("appliedOn")}
        hint="Leave empty if you have only saved it."
      />
      <TextField name="followUpOn" label="Follow-up date" type="date" state={state} defaultValue={v("followUpOn")} />
      <div className="sm:col-span-2">
        <TextAreaField name="notes" label="Notes" rows={3} state={state} defaultValue={v("notes")} />
      </div>
      <div className="sm:col-span-2">
        <TextAreaField name="jobDescription" label="Job description" rows={5} state={state} defaultValue={v("jobDescription")} />
      </div>
    </div>
  );
}
