// The secret that encrypts session cookies, shared by the Auth.js configuration and the
// per-request session read (lib/auth/current-user.ts) so both always agree.
import { env } from "@/lib/env";

export function sessionSecret(): string {
  return env().AUTH_SECRET ?? "development-only-secret-change-me-please-0000";
}

/** Auth.js names the cookie by scheme; it is also the salt the token was encrypted with. */
export const SESSION_COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;
