"use client";
// /design: a row deleted through ConfirmDialog. The form's action is a local function here (no
// server), which is enough to show the flow: Cancel keeps the row, confirming removes it.
import { useState } from "react";
import { ConfirmDialog } from "@/lib/ui/primitives/confirm-dialog";
import { toast } from "@/lib/ui/primitives/toast";

export function ConfirmDemo() {
  const [rows, setRows] = useState(["Practice exam of Mar 3, 2026", "Practice exam of Mar 10, 2026"]);
  if (rows.length === 0) return <p className="text-sm text-slate-700">Both rows deleted. Reload the page to try again.</p>;
  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {rows.map((row) => (
        <li key={row} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <span>{row}</span>
          <form
            action={(data: FormData) => {
              if (data.get("confirm") !== "on") return; // what a server action's zod schema would refuse
              setRows((r) => r.filter((x) => x !== row));
              void toast(`Deleted ${row}`);
            }}
          >
            <ConfirmDialog
              triggerLabel="Delete"
              triggerVariant="destructive-subtle"
              triggerAriaLabel={`Delete: ${row}`}
              title={`Delete ${row}?`}
              description="It leaves your trend and readiness. This cannot be undone."
              confirmLabel="Delete exam"
            />
          </form>
        </li>
      ))}
    </ul>
  );
}
