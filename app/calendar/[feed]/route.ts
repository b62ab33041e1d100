// A learner's calendar subscription feed: GET /calendar/<secret>.ics, read by Google Calendar,
// Apple Calendar and Outlook without a session. Anything but a live feed's secret is a plain 404.
import { readCalendarFeed } from "@/lib/data/learner/calendar-feed";

export async function GET(_request: Request, { params }: { params: Promise<{ feed: string }> }) {
  const { feed } = await params;
  const ics = feed.endsWith(".ics") ? await readCalendarFeed(feed.slice(0, -".ics".length)) : null;
  if (ics === null) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="chartpath.ics"',
      // Always fresh: a moved milestone shows on the calendar app's next poll.
      "Cache-Control": "private, no-cache",
      "X-Robots-Tag": "noindex",
    },
  });
}
