// The signed-in user for this request, read from the database (cached per request). The
// JWT only identifies the user; roles and memberships always come from Postgres, and a
// session whose version no longer matches (sign-out, password change) is treated as none.
import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { decode } from "next-auth/jwt";
import { SESSION_COOKIE_NAMES, sessionSecret } from "@/lib/auth/session-secret";
import { loadUserById } from "@/lib/auth/load-user";
import { cachedSession, rememberSession } from "@/lib/auth/session-decode-cache";
import type { Role } from "@/lib/auth/permissions";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  sessionVersion: number;
  roles: Role[];
  isLearner: boolean;
  adminOrgIds: string[];
  advisorOrgIds: string[];
}

// The session cookie is decrypted directly with Auth.js's own `decode` (authenticated
// encryption, expiry checked) instead of `auth()`, which runs Auth.js's whole request
// pipeline and re-encrypts the token on every call: that was ~10 ms of CPU per page. Only
// the id and session version are read; everything else comes from the database. A cookie
// already opened by this process is not decrypted again (lib/auth/session-decode-cache.ts).
async function readSession(): Promise<{ id: string; sv: number } | null> {
  const jar = await cookies();
  const name = SESSION_COOKIE_NAMES.find((n) => jar.has(n));
  const value = name ? jar.get(name)?.value : undefined;
  if (!name || !value) return null;
  const cached = cachedSession(name, value);
  if (cached) return cached;
  try {
    const token = await decode({ token: value, secret: sessionSecret(), salt: name });
    if (typeof token?.sub !== "string" || !token.sub || typeof token.exp !== "number") return null;
    const session = { id: token.sub, sv: typeof token.sv === "number" ? token.sv : -1, expiresAtMs: token.exp * 1000 };
    rememberSession(name, value, session);
    return session;
  } catch {
    return null; // a garbage, tampered or expired cookie means "signed out", never a 500
  }
}

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await readSession();
  if (!session) return null;
  const user = await loadUserById(session.id);
  return user && user.sessionVersion === session.sv ? user : null;
});

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return user;
}
