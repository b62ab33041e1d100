// The fit-quiz visitor cookie: a random id, httpOnly, kept 90 days, Secure when served over https.
import { appUrl } from "@/lib/env";

export const VISITOR_COOKIE = "cp_quiz_visitor";

export function visitorCookieOptions() {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", maxAge: 90 * 24 * 3600, secure: appUrl().startsWith("https:") };
}
