"use client";
// Bulk onboarding in two steps: upload → a preview that marks every row → commit (all or
// nothing). The commit re-sends the file's text and the server re-validates everything.
import { useActionState, useState } from "react";
import { commitLearnerImportAction } from "@/lib/actions/programs/commit-learner-import";
import { previewLearnerImportAction } from "@/lib/actions/programs/preview-learner-import";
import { idle } from "@/lib/actions/idle";
import { DeliveryProgress } from "@/lib/ui/programs/delivery-progress";
import { isErrorStatus } from "@/lib/domain/import-row-status";
import { FormMessage, SubmitButton, fieldError } from "@/lib/ui/form-controls";
import { FileDropZone } from "@/lib/ui/primitives/file-drop-zone";
import { Radio, Select } from "@/lib/ui/primitives/input";
import { DataTable } from "@/lib/ui/primitives/data-table";
import { previewColumns } from "@/lib/ui/programs/import-preview-columns";

export function LearnerImportFlow({ organizationId, cohorts }: { organizationId: string; cohorts: { id: string; name: string }[] }) {
  const [preview, previewAction] = useActionState(previewLearnerImportAction, idle);
  const [result, commitAction] = useActionState(commitLearnerImportAction, idle);
  const [existing, setExisting] = useState<"skip" | "reinvite">("skip");
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const fileError = tooLarge ?? fieldError(preview, "file");

  if (result.status === "ok") {
    const t = result.data;
    return (
      <div role="status" className="rounded-md border border-brand-100 bg-brand-50 p-4">
        <h2 className="text-lg font-semibold">Import saved</h2>
        <p>
          Invited {t.invited} · sent again {t.resent} · skipped {t.skipped}
        </p>
        <p className="mt-1 text-sm">Learners appear in their cohort once they accept and consent.</p>
        {t.batchId && <DeliveryProgress organizationId={organizationId} batchId={t.batchId} />}
        {t.notSent.length > 0 && (
          <div className="mt-3">
            <h3 className="font-semibold">Not sent ({t.notSent.length})</h3>
            <ul className="list-disc pl-5 text-sm">
              {t.notSent.slice(0, 50).map((n) => (
                <li key={n.email}>
                  {n.email}: {n.reason}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    );
  }

  return (
    <div className="space-y-6">
      <form
        action={previewAction}
        className="space-y-4"
        noValidate
        onSubmit={(e) => {
          // Larger uploads would be cut off by the server's request limit before validation could explain why.
          const file = (e.currentTarget.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
          if (file && file.size > 2_000_000) {
            e.preventDefault();
            setTooLarge(`This file is ${(file.size / 1_000_000).toFixed(1)} MB; the limit is 2 MB. Split the roster into smaller files.`);
          } else setTooLarge(null);
        }}
      >
        <FormMessage state={preview} />
        <input type="hidden" name="organizationId" value={organizationId} />
        <div className="space-y-1">
          <label htmlFor="import-file" className="block text-sm font-medium">
            Roster file (CSV)
          </label>
          <p id="import-file-hint" className="text-sm text-slate-600">
            Columns: email, first name, last name, and optionally cohort (by name). Up to 2 MB and 5,000 rows. Export from a spreadsheet as
            “CSV UTF-8”.
          </p>
          <FileDropZone
            id="import-file"
            name="file"
            hint="CSV, up to 2 MB"
            accept=".csv,text/csv"
            required
            aria-describedby={`import-file-hint${fileError ? " import-file-error" : ""}`}
            aria-invalid={fileError ? true : undefined}
          />
          {fileError && (
            <p id="import-file-error" className="text-sm text-red-700">
              {fileError}
            </p>
          )}
        </div>
        <div className="space-y-1">
          <label htmlFor="import-cohort" className="block text-sm font-medium">
            Cohort for rows without one
          </label>
          <Select id="import-cohort" name="defaultCohortId">
            <option value="">None — every row names its cohort</option>
            {cohorts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </div>
        <SubmitButton pendingLabel="Checking the file…">Preview import</SubmitButton>
      </form>

      {preview.status === "ok" && (
        <section aria-labelledby="preview-heading" className="space-y-4">
          <h2 id="preview-heading" className="text-xl font-semibold">
            Preview: {preview.data.rows.length} rows
          </h2>
          <DataTable
            narrow="scroll"
            label="Import preview, scrolls sideways"
            minWidth="40rem"
            caption="Every row of the file and what will happen to it"
            columns={previewColumns(cohorts)}
            rows={preview.data.rows.slice(0, 1000)}
            rowKey={(r) => String(r.rowNumber)}
            // Every cell, the sticky row number too (it has its own white background).
            rowClassName={(r) => (isErrorStatus(r.status) ? "*:bg-red-50" : undefined)}
          />
          <form action={commitAction} className="space-y-3" noValidate>
            <FormMessage state={result} />
            <input type="hidden" name="organizationId" value={organizationId} />
            <input type="hidden" name="csv" value={preview.data.csv} />
            <input type="hidden" name="defaultCohortId" value={preview.data.defaultCohortId ?? ""} />
            <fieldset className="space-y-1">
              <legend className="text-sm font-medium">People who are already learners in that cohort</legend>
              <label className="flex items-center gap-2 text-sm">
                <Radio name="existingMembers" value="skip" checked={existing === "skip"} onChange={() => setExisting("skip")} /> Skip them
              </label>
              <label className="flex items-center gap-2 text-sm">
                <Radio name="existingMembers" value="reinvite" checked={existing === "reinvite"} onChange={() => setExisting("reinvite")} />{" "}
                Send them a new invitation
              </label>
            </fieldset>
            {(() => {
              const t = preview.data.totals[existing];
              return t.errors > 0 ? (
                <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
                  {t.errors} row(s) have errors. Fix them in your file and upload it again — nothing is imported until every row is valid.
                </p>
              ) : (
                <p className="text-sm">
                  Will invite {t.invited}, re-invite {t.reinvited}, skip {t.skipped}. People who already have a Chartpath account link it
                  when they accept.
                </p>
              );
            })()}
            <SubmitButton pendingLabel="Importing…">Import and send invitations</SubmitButton>
          </form>
        </section>
      )}
    </div>
  );
}
