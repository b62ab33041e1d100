// The program's enrollment records in the import's own columns, to edit and upload again.
import { getCurrentUser } from "@/lib/auth/current-user";
import { enrollmentsForAdmin } from "@/lib/data/programs/enrollments";
import { toCsv } from "@/lib/domain/csv";
import { ENROLLMENT_CSV_HEADERS } from "@/lib/domain/enrollment-import";
import { exitDate } from "@/lib/domain/outcome-records";

export async function GET(_request: Request, { params }: { params: Promise<{ orgId: string }> }) {
  const user = await getCurrentUser();
  const { orgId } = await params;
  if (!user) return new Response("Not found", { status: 404 });
  const data = await enrollmentsForAdmin(user, orgId).catch(() => null);
  if (!data) return new Response("Not found", { status: 404 });
  const rows = data.rows.map((r) => [
    r.ref,
    "",
    r.cohortName,
    { ENROLLED: "enrolled", COMPLETED: "graduated", WITHDRAWN: "withdrawn", TRANSFERRED: "transferred" }[r.record.status],
    exitDate(r.record) ?? "",
    r.record.startedOn,
    r.record.entryKind === "RE_ENTRY" ? "re-entry" : "new start",
    r.record.withdrawalReason ?? "",
    r.record.unavailable?.reason.toLowerCase().replace("_", " ") ?? "",
    r.record.unavailable?.documentedOn ?? "",
  ]);
  return new Response(toCsv([[...ENROLLMENT_CSV_HEADERS], ...rows], { bom: true }), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="enrollments-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
