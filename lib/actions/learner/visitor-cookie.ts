// The fit-quiz visitor cookie: a random id, httpOnly, kept 90 days, Secure when served over https.
import { appUrl } from "@/lib/env";

export const VISITOR_COOKIE = "cp_quiz_visitor";

export function visitorCookieOptions() {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", maxAge: 90 * 24 * 3600, secure: appUrl().startsWith("https:") };
}

/** The visitor id from a raw Cookie header: Auth.js hands the sign-in hook a Request, not next/headers. */
export function visitorIdFromCookieHeader(header: string | null): string | null {
  for (const part of (header ?? "").split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === VISITOR_COOKIE) return rest.join("=") || null;
  }
  return null;
}
