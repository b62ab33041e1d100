"use client";
// CSV import: choose a file → map its columns to our fields → preview with per-row errors →
// import all rows (one transaction) once there are no errors.
import { useActionState } from "react";
import { importApplicationsAction } from "@/lib/actions/job-hunt/import-applications";
import { idle } from "@/lib/actions/idle";
import { IMPORT_FIELDS } from "@/lib/domain/application-import-fields";
import type { ImportPreview } from "@/lib/data/job-hunt/import";
import { FormMessage, SubmitButton, fieldError } from "@/lib/ui/form-controls";
import { SuccessMessage } from "./controls";
import { FileDropZone } from "@/lib/ui/primitives/file-drop-zone";
import { Button } from "@/lib/ui/primitives/button";
import { Select } from "@/lib/ui/primitives/input";
import { DataTable, type DataColumn } from "@/lib/ui/primitives/data-table";

export function ImportForm() {
  const [state, action] = useActionState(importApplicationsAction, idle);
  const preview = state.status === "ok" && state.data.step === "preview" ? state.data : undefined;
  const fileError = fieldError(state, "file");
  // After an error on "import", the echoed csv keeps the user on the mapping step.
  const csv = preview?.csv ?? (state.status === "error" ? state.values.csv : undefined);
  const headers = preview?.preview.headers;
  return (
    <div className="space-y-4">
      {state.status === "ok" && state.data.step === "done" && <SuccessMessage>Imported {state.data.imported} applications.</SuccessMessage>}
      <form action={action} className="space-y-4" noValidate>
        <FormMessage state={state} />
        {!csv && (
          <div className="space-y-1">
            <label htmlFor="field-file" className="block text-sm font-medium">
              CSV file
            </label>
            <p id="field-file-hint" className="text-sm text-slate-600">
              Up to 2 MB and 1,000 rows. In Excel or Google Sheets: File → Save as / Download → CSV. The first row must hold column names.
            </p>
            <FileDropZone
              id="field-file"
              name="file"
              hint="CSV, up to 2 MB"
              accept=".csv,text/csv"
              required
              aria-describedby={`field-file-hint${fileError ? " field-file-error" : ""}`}
              aria-invalid={fileError ? true : undefined}
            />
            {fileError && (
              <p id="field-file-error" className="text-sm text-red-700">
                {fileError}
              </p>
            )}
          </div>
        )}
        {csv && <input type="hidden" name="csv" value={csv} />}
        {preview && headers && (
          <>
            <fieldset className="rounded-md border border-slate-200 p-3">
              <legend className="px-1 font-semibold">Match your columns to our fields</legend>
              <p className="mb-2 text-sm text-slate-700">
                Unmapped: role type and source become “Other”, work mode “On-site”, stage “Applied” if there is an applied date, else
                “Saved”.
              </p>
              <input type="hidden" name="mapped" value="true" />
              {/* Keyed by the mapping the server used: React resets a form after its action, and an
                  uncontrolled select resets to the value it MOUNTED with, so without a remount
                  "Check again" showed the first suggestion again and "Import" sent that one. */}
              <div key={JSON.stringify(preview.preview.mapping)} className="grid gap-2 sm:grid-cols-3">
                {IMPORT_FIELDS.map((f) => (
                  <div key={f.key}>
                    <label htmlFor={`map-${f.key}`} className="block text-sm font-medium">
                      {f.label}
                      {f.required ? " (required)" : ""}
                    </label>
                    <Select
                      id={`map-${f.key}`}
                      name={`map_${f.key}`}
                      defaultValue={preview.preview.mapping[f.key] ?? ""}
                      compact
                      className="w-full"
                    >
                      <option value="">— not in my file —</option>
                      {headers.map((h) => (
                        <option key={h} value={h}>
                          {h}
                        </option>
                      ))}
                    </Select>
                  </div>
                ))}
              </div>
            </fieldset>
            {preview.notice && (
              <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
                {preview.notice}
              </p>
            )}
            <PreviewSummary preview={preview.preview} />
          </>
        )}
        <div className="flex flex-wrap gap-2">
          <SubmitButton variant="secondary">{csv ? "Check again" : "Preview"}</SubmitButton>
          {preview && problemCount(preview.preview) === 0 && preview.preview.valid.length > 0 && (
            <Button type="submit" name="intent" value="import">
              Import {preview.preview.valid.length} applications
            </Button>
          )}
        </div>
      </form>
    </div>
  );
}

type ProblemRow = ImportPreview["rowErrors"][number];
type ReadyRow = ImportPreview["valid"][number];

const PROBLEM_COLUMNS: DataColumn<ProblemRow>[] = [
  { key: "row", header: "Row", cell: (r) => `Row ${r.rowNumber}`, cellClassName: "align-top" },
  { key: "problems", header: "Problems", cell: (r) => r.messages.join(" "), long: true },
];

const READY_COLUMNS: DataColumn<ReadyRow>[] = [
  { key: "row", header: "Row", cell: (r) => r.rowNumber },
  { key: "company", header: "Company", cell: (r) => r.company },
  { key: "title", header: "Title", cell: (r) => r.title },
  { key: "stage", header: "Stage", cell: (r) => r.stage },
];

const problemCount = (p: ImportPreview) => p.rowErrors.length + p.mappingErrors.length;

function PreviewSummary({ preview }: { preview: ImportPreview }) {
  return (
    <section aria-labelledby="preview-heading" className="space-y-3">
      <h2 id="preview-heading" className="text-lg font-semibold">
        Preview
      </h2>
      <p role="status">
        {preview.rowCount} rows: {preview.valid.length} ready, {preview.rowErrors.length} with problems.{" "}
        {preview.rowErrors.length > 0
          ? "Nothing is imported until every row is fixed (fix them in your spreadsheet and choose the file again)."
          : ""}
      </p>
      {preview.mappingErrors.length > 0 && (
        <ul role="alert" className="list-disc pl-5 text-sm text-red-800">
          {preview.mappingErrors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      {preview.rowErrors.length > 0 && (
        <DataTable
          narrow="cards"
          columns={PROBLEM_COLUMNS}
          rows={preview.rowErrors}
          rowKey={(r) => String(r.rowNumber)}
          caption="Rows with problems"
          captionVisible
        />
      )}
      {preview.valid.length > 0 && (
        <DataTable
          narrow="cards"
          columns={READY_COLUMNS}
          rows={preview.valid.slice(0, 50)}
          rowKey={(r) => String(r.rowNumber)}
          caption="Rows ready to import"
          captionVisible
        />
      )}
    </section>
  );
}
