"use client";
// Paste a posting → see the match → save it with a new or an existing application.
import { useActionState, useState } from "react";
import { analyzeMatchAction } from "@/lib/actions/job-hunt/analyze-match";
import { saveMatchAction } from "@/lib/actions/job-hunt/save-match";
import { idle } from "@/lib/actions/idle";
import { JD_MAX_CHARS } from "@/lib/domain/job-hunt-limits";
import { FormMessage, SubmitButton, TextField, fieldError } from "@/lib/ui/form-controls";
import { SelectField } from "@/lib/ui/forms/controls";
import { PhiConfirm } from "./controls";
import { MatchResults } from "./match-results";
import { ROLE_TYPE_OPTIONS, SOURCE_OPTIONS, WORK_MODE_OPTIONS } from "./option-lists";
import { Select, Textarea } from "@/lib/ui/primitives/input";

export function MatchWorkspace({ applications }: { applications: { id: string; label: string }[] }) {
  const [state, analyze] = useActionState(analyzeMatchAction, idle);
  const [saveState, save] = useActionState(saveMatchAction, idle);
  const [jd, setJd] = useState("");
  const [target, setTarget] = useState("");
  const [tooLong, setTooLong] = useState<string | null>(null);
  const jdError = tooLong ?? fieldError(state, "jobDescription");
  return (
    <div className="space-y-6">
      <form
        action={analyze}
        className="space-y-3"
        noValidate
        onSubmit={(e) => {
          // Stop a huge paste here, before sending megabytes; the server checks the same limit.
          const over = jd.length > JD_MAX_CHARS;
          setTooLong(
            over
              ? `The posting is ${jd.length.toLocaleString("en-US")} characters; the limit is ${JD_MAX_CHARS.toLocaleString("en-US")}. Paste only the job description.`
              : null,
          );
          if (over) e.preventDefault();
        }}
      >
        <FormMessage state={state} />
        <div className="space-y-1">
          <label htmlFor="field-jobDescription" className="block text-sm font-medium text-slate-800">
            Job description
          </label>
          <p id="field-jobDescription-hint" className="text-sm text-slate-600">
            Paste the whole posting (up to {JD_MAX_CHARS.toLocaleString("en-US")} characters). Nothing is saved until you choose to.
          </p>
          <Textarea
            id="field-jobDescription"
            name="jobDescription"
            rows={10}
            value={jd}
            onChange={(e) => setJd(e.target.value)}
            aria-describedby={`field-jobDescription-hint${jdError ? " field-jobDescription-error" : ""}`}
            aria-invalid={jdError ? true : undefined}
          />
          {jdError && (
            <p id="field-jobDescription-error" className="text-sm text-red-700">
              {jdError}
            </p>
          )}
        </div>
        <SubmitButton>Match with my resume</SubmitButton>
      </form>

      {state.status === "ok" && (
        <>
          <section aria-labelledby="match-heading" className="rounded-xl border border-slate-200 bg-white p-5">
            <h2 id="match-heading" className="mb-3 text-lg font-semibold">
              Match
            </h2>
            <MatchResults match={state.data} />
          </section>
          <section aria-labelledby="save-heading" className="rounded-xl border border-slate-200 bg-white p-5">
            <h2 id="save-heading" className="mb-3 text-lg font-semibold">
              Save this match with an application
            </h2>
            <form action={save} className="space-y-3" noValidate>
              <FormMessage state={saveState} />
              <input type="hidden" name="jobDescription" value={jd} />
              <div className="space-y-1">
                <label htmlFor="field-applicationId" className="block text-sm font-medium">
                  Application
                </label>
                <Select id="field-applicationId" name="applicationId" value={target} onChange={(e) => setTarget(e.target.value)}>
                  <option value="">A new application (fill in below)</option>
                  {applications.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.label}
                    </option>
                  ))}
                </Select>
              </div>
              {target === "" && (
                <div className="grid gap-3 sm:grid-cols-2">
                  <TextField name="company" label="Company" state={saveState} required />
                  <TextField name="title" label="Job title" state={saveState} required />
                  <SelectField
                    name="roleType"
                    label="Role type"
                    state={saveState}
                    options={ROLE_TYPE_OPTIONS}
                    defaultValue="MEDICAL_CODER"
                  />
                  <SelectField name="workMode" label="Work mode" state={saveState} options={WORK_MODE_OPTIONS} />
                  <SelectField name="source" label="Source" state={saveState} options={SOURCE_OPTIONS} />
                  <TextField name="link" label="Link to the posting" type="url" state={saveState} placeholder="https://" />
                </div>
              )}
              <PhiConfirm state={saveState} />
              <SubmitButton>Save match</SubmitButton>
            </form>
          </section>
        </>
      )}
    </div>
  );
}
