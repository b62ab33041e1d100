"use client";
// Edit an application. The form carries the version it was opened at; if another tab saved
// first, the server refuses and this form shows BOTH versions — theirs as saved, yours as
// typed — and "Re-apply my changes" submits yours on top of the saved version.
import { useActionState } from "react";
import { DataTable } from "@/lib/ui/primitives/data-table";
import { updateApplicationAction } from "@/lib/actions/job-hunt/update-application";
import { idle } from "@/lib/actions/idle";
import { FormMessage, SubmitButton } from "@/lib/ui/form-controls";
import { PhiConfirm, SuccessMessage } from "./controls";
import { ApplicationFieldset, type ApplicationValues } from "./application-fields";

const COMPARED: [string, string][] = [
  ["company", "Company"],
  ["title", "Job title"],
  ["roleType", "Role type"],
  ["workMode", "Work mode"],
  ["location", "Location"],
  ["source", "Source"],
  ["link", "Link"],
  ["salaryMin", "Salary min"],
  ["salaryMax", "Salary max"],
  ["appliedOn", "Applied on"],
  ["followUpOn", "Follow-up date"],
  ["notes", "Notes"],
  ["jobDescription", "Job description"],
];

export function EditApplicationForm({ id, saved }: { id: string; saved: ApplicationValues & { version: string } }) {
  const [state, action] = useActionState(updateApplicationAction, idle);
  const conflict = state.status === "error" && state.conflict ? (state.conflict as ApplicationValues & { version: string }) : undefined;
  const typed = state.status === "error" ? state.values : undefined;
  const version = conflict?.version ?? (state.status === "ok" ? String(state.data.version) : saved.version);
  return (
    <form action={action} className="space-y-4" key={state.status === "ok" ? `v${version}` : "edit"} noValidate>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} />
      {state.status === "ok" && <SuccessMessage>Changes saved.</SuccessMessage>}
      {conflict && typed && (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3">
          <DataTable
            narrow="cards"
            columns={[
              { key: "field", header: "Field", cell: ([, label]) => label },
              { key: "theirs", header: "Saved (theirs)", cell: ([k]) => conflict[k] || "—", long: true },
              { key: "yours", header: "Yours (as typed)", cell: ([k]) => typed[k] || "—", long: true },
            ]}
            rows={COMPARED.filter(([k]) => (conflict[k] ?? "") !== (typed[k] ?? ""))}
            rowKey={([k]) => k}
            caption="Changed in another tab — compare the versions"
            captionVisible
          />
          <p className="mt-2 text-sm">
            The form below still holds your version. Press <strong>Re-apply my changes</strong> to save it over the saved one, or reload the
            page to start from the saved version.
          </p>
        </div>
      )}
      <ApplicationFieldset state={state} values={saved} />
      <PhiConfirm state={state} />
      <SubmitButton>{conflict ? "Re-apply my changes" : "Save changes"}</SubmitButton>
    </form>
  );
}
