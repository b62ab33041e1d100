"use client";
// The enrollment-status CSV upload: on a problem the whole file is refused and every problem
// is listed by row and column; on success it says how many records changed.
import { useActionState } from "react";
import { importEnrollmentsAction } from "@/lib/actions/programs/import-enrollments";
import { idle } from "@/lib/actions/idle";
import { FormMessage, SubmitButton } from "@/lib/ui/form-controls";
import { FileField } from "@/lib/ui/forms/controls";
import { DataTable } from "@/lib/ui/primitives/data-table";

type Problem = { rowNumber: number; field: string; message: string };

export function EnrollmentImportForm({ organizationId }: { organizationId: string }) {
  const [state, action] = useActionState(importEnrollmentsAction, idle);
  const result = state.status === "ok" ? state.data : null;
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="organizationId" value={organizationId} />
      <FileField name="file" label="Status CSV" state={state} accept=".csv,text/csv" required dropHint="CSV, up to 1 MB and 5,000 rows" />
      <SubmitButton pendingLabel="Checking every row…">Check and apply</SubmitButton>
      <FormMessage state={state} />
      <div role="status" aria-live="polite">
        {result?.ok && (
          <p className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900">
            Applied: {result.applied} enrollment{result.applied === 1 ? "" : "s"} changed
            {result.unchanged > 0 ? `, ${result.unchanged} already as the file says` : ""}. Each change is in that enrollment&rsquo;s
            history.
          </p>
        )}
        {result && !result.ok && (
          <div className="space-y-2 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
            <p className="font-semibold">
              Nothing was changed.{" "}
              {result.fileError ??
                `${result.problems.length} problem${result.problems.length === 1 ? "" : "s"} to fix, then upload the file again:`}
            </p>
            {result.problems.length > 0 && (
              <DataTable<Problem>
                caption="Problems by row"
                narrow="cards"
                rows={result.problems.slice(0, 200)}
                rowKey={(p) => `${p.rowNumber}-${p.field}-${p.message}`}
                columns={[
                  { key: "row", header: "Row", cell: (p) => p.rowNumber },
                  { key: "column", header: "Column", cell: (p) => p.field },
                  { key: "message", header: "Problem", cell: (p) => p.message, long: true },
                ]}
              />
            )}
            {result.problems.length > 200 && <p>…and {result.problems.length - 200} more.</p>}
          </div>
        )}
      </div>
    </form>
  );
}
