// Work that belongs to the sign-in POST itself (Auth.js `authorize`, after the password
// checked out) rather than to a page: pages are GETs and must not change state
// (QUALITY.md 15). Sign-up ends in this sign-in too, so it covers new accounts.
import "server-only";
import { loadUserById } from "@/lib/auth/load-user";
import { hasPermission } from "@/lib/auth/permissions";
import { visitorIdFromCookieHeader } from "@/lib/actions/learner/visitor-cookie";
import { claimVisitorAttempts } from "@/lib/data/learner/fit-quiz";
import { logger } from "@/lib/log";

/** A fit quiz taken in this browser while signed out joins the learner's account now. */
export async function afterSignIn(userId: string, headers: Headers): Promise<void> {
  const visitorId = visitorIdFromCookieHeader(headers.get("cookie"));
  if (!visitorId) return;
  try {
    const user = await loadUserById(userId);
    // Staff who once took the quiz signed out are not learners: their sign-in just goes ahead.
    if (user && hasPermission(user, "claim:fit-quiz:own")) await claimVisitorAttempts(user, visitorId);
  } catch (error) {
    // Never fail a correct sign-in over this: the attempts stay under the cookie and the
    // next sign-in claims them.
    logger.error({ err: error }, "sign-in: could not claim fit-quiz attempts");
  }
}
