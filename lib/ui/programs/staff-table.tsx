// Staff list with per-person role change and removal (removal asks for confirmation).
import { changeStaffRoleAction } from "@/lib/actions/programs/change-staff-role";
import { removeStaffAction } from "@/lib/actions/programs/remove-staff";
import { ActionForm } from "@/lib/ui/forms/action-form";

interface StaffRow {
  id: string;
  role: "ADMIN" | "ADVISOR";
  user: { id: string; name: string; email: string };
}

export function StaffTable({ organizationId, staff, currentUserId }: { organizationId: string; staff: StaffRow[]; currentUserId: string }) {
  return (
    <ul className="divide-y divide-slate-100">
      {staff.map((m) => (
        <li key={m.id} className="space-y-2 py-3">
          <p className="text-sm">
            <span className="font-medium">{m.user.name}</span> <span className="text-slate-600">{m.user.email}</span>
            {m.user.id === currentUserId ? " (you)" : ""}
          </p>
          <details className="text-sm">
            <summary className="cursor-pointer text-brand-700">{m.role === "ADMIN" ? "Admin" : "Advisor"} — change or remove</summary>
            <div className="mt-2 grid gap-3 sm:grid-cols-2">
              <ActionForm
                action={changeStaffRoleAction}
                hidden={{ organizationId, membershipId: m.id }}
                submitLabel="Change role"
                successMessage="Role changed."
                fields={[
                  {
                    kind: "select",
                    name: "role",
                    label: `Role for ${m.user.name}`,
                    defaultValue: m.role,
                    options: [
                      { value: "ADVISOR", label: "Advisor" },
                      { value: "ADMIN", label: "Admin" },
                    ],
                  },
                ]}
              />
              <ActionForm
                action={removeStaffAction}
                hidden={{ organizationId, membershipId: m.id }}
                submitLabel="Remove from program"
                confirm={{
                  title: `Remove ${m.user.name} from the program?`,
                  description: "Their access to the program and its learners ends immediately.",
                }}
                fields={[]}
              />
            </div>
          </details>
        </li>
      ))}
    </ul>
  );
}
