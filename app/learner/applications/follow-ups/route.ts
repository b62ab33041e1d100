// iCalendar download of the signed-in learner's open follow-ups (404 when not allowed).
import { getCurrentUser } from "@/lib/auth/current-user";
import { hasPermission } from "@/lib/auth/permissions";
import { followUpsIcs } from "@/lib/data/job-hunt/follow-ups";

export async function GET() {
  const user = await getCurrentUser();
  if (!user || !hasPermission(user, "read:job-hunt:own")) return new Response("Not found", { status: 404 });
  const ics = await followUpsIcs(user);
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="chartpath-follow-ups.ics"',
      "Cache-Control": "no-store",
    },
  });
}
