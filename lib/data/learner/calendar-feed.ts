// A learner's calendar subscription (issue 15 §4): one secret URL per learner that calendar
// apps poll. The secret is 256-bit random and stored only as its SHA-256 hash (lib/auth/tokens),
// so it is shown once when issued; a new link replaces the old one at once, and turning the
// feed off deletes the row. Reading the feed needs no session: the token is the credential.
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { audit } from "@/lib/auth/audit";
import { generateToken, hashToken, TOKEN_PATTERN } from "@/lib/auth/tokens";
import { FEED_REFRESH_HOURS } from "@/lib/domain/calendar-events";
import { buildIcs } from "@/lib/domain/ics";
import { appUrl } from "@/lib/env";
import { assertCan } from "@/lib/data/access";
import { followUpCalendarOf, planCalendarOf } from "@/lib/data/learner/calendar-events";

/** Calendar apps poll often; remembering every read would be a write per poll. */
const FETCH_NOTE_INTERVAL_MS = 10 * 60_000;

export interface CalendarFeedStatus {
  createdAt: Date;
  lastFetchedAt: Date | null;
}

export interface IssuedCalendarFeed {
  /** https://…/calendar/<token>.ics — for Google Calendar and Outlook's "from URL". */
  httpsUrl: string;
  /** The same with webcal://, which opens Apple Calendar (and others) as a subscription. */
  webcalUrl: string;
}

export function feedUrls(token: string, base: string = appUrl()): IssuedCalendarFeed {
  const httpsUrl = `${base}/calendar/${token}.ics`;
  return { httpsUrl, webcalUrl: httpsUrl.replace(/^https?:\/\//, "webcal://") };
}

export async function calendarFeedStatus(actor: CurrentUser): Promise<CalendarFeedStatus | null> {
  assertCan(actor, "manage:calendar-feed:own");
  return db.calendarFeed.findUnique({ where: { userId: actor.id }, select: { createdAt: true, lastFetchedAt: true } });
}

/** Issues a new secret link; an existing one stops working in the same write. */
export async function issueCalendarFeed(actor: CurrentUser): Promise<IssuedCalendarFeed> {
  assertCan(actor, "manage:calendar-feed:own");
  const { token, tokenHash } = generateToken();
  const previous = await db.calendarFeed.findUnique({ where: { userId: actor.id }, select: { userId: true } });
  await db.calendarFeed.upsert({
    where: { userId: actor.id },
    create: { userId: actor.id, tokenHash },
    update: { tokenHash, createdAt: new Date(), lastFetchedAt: null },
  });
  await audit({ action: previous ? "calendar-feed.rotated" : "calendar-feed.issued", actorId: actor.id });
  return feedUrls(token);
}

/** Turns the feed off. Returns whether there was one. */
export async function revokeCalendarFeed(actor: CurrentUser): Promise<boolean> {
  assertCan(actor, "manage:calendar-feed:own");
  const { count } = await db.calendarFeed.deleteMany({ where: { userId: actor.id } });
  if (count) await audit({ action: "calendar-feed.revoked", actorId: actor.id });
  return count > 0;
}

/** The feed's iCalendar text for a token, or null when it names no live feed. */
export async function readCalendarFeed(token: string, now: Date = new Date()): Promise<string | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const tokenHash = hashToken(token);
  // Only while its owner is still a learner (a feed is a learner's plan).
  const feed = await db.calendarFeed.findFirst({
    where: { tokenHash, user: { learnerProfile: { isNot: null } } },
    select: { userId: true, lastFetchedAt: true },
  });
  if (!feed) return null;
  const [plan, followUps] = await Promise.all([planCalendarOf(feed.userId), followUpCalendarOf(feed.userId, now)]);
  const stale = new Date(now.getTime() - FETCH_NOTE_INTERVAL_MS);
  if (!feed.lastFetchedAt || feed.lastFetchedAt < stale) {
    // The condition is in the UPDATE too, so polls arriving together write once.
    await db.calendarFeed.updateMany({
      where: { tokenHash, OR: [{ lastFetchedAt: null }, { lastFetchedAt: { lt: stale } }] },
      data: { lastFetchedAt: now },
    });
  }
  return buildIcs([...plan, ...followUps], "Chartpath", now, {
    refreshHours: FEED_REFRESH_HOURS,
    description: "Your plan milestones, exam dates and job application follow-ups from Chartpath.",
  });
}
