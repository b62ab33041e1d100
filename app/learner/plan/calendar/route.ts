// Calendar export (.ics) of the learner's milestones and exam dates. Read-only GET; 404 for
// anyone who is not a signed-in learner. The subscription feed serves the same events.
import { getCurrentUser } from "@/lib/auth/current-user";
import { hasPermission } from "@/lib/auth/permissions";
import { planCalendarOf } from "@/lib/data/learner/calendar-events";
import { buildIcs } from "@/lib/domain/ics";

export async function GET() {
  const user = await getCurrentUser();
  if (!user || !hasPermission(user, "read:learner-journey:own")) return new Response("Not found", { status: 404 });
  const ics = buildIcs(await planCalendarOf(user.id), "Chartpath plan", new Date());
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="chartpath-plan.ics"',
      "Cache-Control": "no-store",
    },
  });
}
