// CSV download of the signed-in learner's applications with history (404 when not allowed).
import { getCurrentUser } from "@/lib/auth/current-user";
import { hasPermission } from "@/lib/auth/permissions";
import { applicationsCsv } from "@/lib/data/job-hunt/export";
import { todayIso } from "@/lib/data/dates";

export async function GET() {
  const user = await getCurrentUser();
  if (!user || !hasPermission(user, "read:job-hunt:own")) return new Response("Not found", { status: 404 });
  const csv = await applicationsCsv(user);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="chartpath-applications-${todayIso()}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
