// Staff as a table (a card per person on a phone) with per-person role change and removal
// (removal asks for confirmation).
import { changeStaffRoleAction } from "@/lib/actions/programs/change-staff-role";
import { removeStaffAction } from "@/lib/actions/programs/remove-staff";
import { ActionForm } from "@/lib/ui/forms/action-form";
import { DataTable, type DataColumn } from "@/lib/ui/primitives/data-table";

interface StaffRow {
  id: string;
  role: "ADMIN" | "ADVISOR";
  user: { id: string; name: string; email: string };
}

const roleLabel = (role: StaffRow["role"]) => (role === "ADMIN" ? "Admin" : "Advisor");

function columns(organizationId: string, currentUserId: string): DataColumn<StaffRow>[] {
  return [
    {
      key: "name",
      header: "Name",
      cell: (m) => (
        <>
          {m.user.name}
          {m.user.id === currentUserId ? " (you)" : ""}
          <div className="text-xs font-normal break-all text-slate-600">{m.user.email}</div>
        </>
      ),
    },
    { key: "role", header: "Role", cell: (m) => roleLabel(m.role) },
    {
      key: "manage",
      header: "Manage",
      long: true,
      cell: (m) => (
        <details>
          <summary className="cursor-pointer text-brand-700">Change or remove</summary>
          <div className="mt-2 grid gap-3">
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
      ),
    },
  ];
}

export function StaffTable({ organizationId, staff, currentUserId }: { organizationId: string; staff: StaffRow[]; currentUserId: string }) {
  return (
    <DataTable
      narrow="cards"
      columns={columns(organizationId, currentUserId)}
      rows={staff}
      rowKey={(m) => m.id}
      caption="Program staff and their roles"
    />
  );
}
