"use client";
// Paste a resume or upload .txt/.md/.docx. A paste over the limit is stopped in the browser
// (before a multi-megabyte upload) and again on the server, and the text stays in the box.
import { useActionState, useState } from "react";
import { saveResumeAction } from "@/lib/actions/job-hunt/save-resume";
import { idle } from "@/lib/actions/idle";
import { RESUME_MAX_CHARS } from "@/lib/domain/job-hunt-limits";
import { FormMessage, SubmitButton, fieldError } from "@/lib/ui/form-controls";
import { TextAreaField } from "@/lib/ui/forms/controls";
import { PhiConfirm, SuccessMessage } from "./controls";
import { FileDropZone } from "@/lib/ui/primitives/file-drop-zone";

export function ResumeForm({ text }: { text: string }) {
  const [state, action] = useActionState(saveResumeAction, idle);
  const [tooLong, setTooLong] = useState<string | null>(null);
  // Controlled, because a failed save echoes at most 20,000 characters back and a resume may be
  // longer; when the server's saved text changes (e.g. read from a file), show that instead.
  const [value, setValue] = useState(text);
  const [savedText, setSavedText] = useState(text);
  if (text !== savedText) {
    setSavedText(text);
    setValue(text);
  }
  const fileError = fieldError(state, "file");
  const shown = tooLong
    ? { status: "error" as const, code: "too-large" as const, fieldErrors: { text: [tooLong] }, values: {}, formError: tooLong }
    : state;
  return (
    <form
      action={action}
      className="space-y-4"
      noValidate
      onSubmit={(e) => {
        const value = (e.currentTarget.elements.namedItem("text") as HTMLTextAreaElement | null)?.value ?? "";
        if (value.length > RESUME_MAX_CHARS) {
          e.preventDefault();
          setTooLong(
            `Your resume is ${value.length.toLocaleString("en-US")} characters; the limit is ${RESUME_MAX_CHARS.toLocaleString("en-US")}. Remove pasted extras (tables, repeated pages) and save again.`,
          );
        } else setTooLong(null);
      }}
    >
      <FormMessage state={shown} />
      {state.status === "ok" && (
        <SuccessMessage>
          Resume saved{state.data.fromFile ? ` from ${state.data.fromFile}` : ""}. The checklist below is updated.
        </SuccessMessage>
      )}
      <TextAreaField
        name="text"
        label="Resume text"
        state={shown}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        rows={14}
        hint={`Paste the text of your resume (up to ${RESUME_MAX_CHARS.toLocaleString("en-US")} characters), or upload a file below.`}
      />
      <div className="space-y-1">
        <label htmlFor="field-file" className="block text-sm font-medium text-slate-800">
          Or upload a file (.docx, .txt or .md, up to 1 MB)
        </label>
        <FileDropZone
          id="field-file"
          name="file"
          hint="Word or plain-text file"
          accept=".docx,.txt,.md,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? "field-file-error" : undefined}
        />
        {fileError && (
          <p id="field-file-error" className="text-sm text-red-700">
            {fileError}
          </p>
        )}
      </div>
      <PhiConfirm state={state} />
      <SubmitButton>Save resume</SubmitButton>
    </form>
  );
}
