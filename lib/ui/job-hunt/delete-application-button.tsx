"use client";
// Delete with an explicit confirmation checkbox (no accidental loss of history).
import { useActionState } from "react";
import { deleteApplicationAction } from "@/lib/actions/job-hunt/delete-application";
import { idle } from "@/lib/actions/idle";
import { FormMessage } from "@/lib/ui/form-controls";

export function DeleteApplicationButton({ id }: { id: string }) {
  const [state, action] = useActionState(deleteApplicationAction, idle);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <FormMessage state={state} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" required className="h-4 w-4" /> Yes, delete this application with its history and contacts
      </label>
      <button type="submit" className="rounded-md border border-red-700 px-3 py-1.5 text-sm font-medium text-red-800">
        Delete application
      </button>
    </form>
  );
}
