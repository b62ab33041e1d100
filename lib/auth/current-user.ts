// The signed-in user for this request, read from the database (cached per request). The
// JWT only identifies the user; roles and memberships always come from Postgres, and a
// session whose version no longer matches (sign-out, password change) is treated as none.
import "server-only";
import { cache } from "react";
import { redirect, unstable_rethrow } from "next/navigation";
import { auth } from "@/lib/auth/auth";
import { loadUserById } from "@/lib/auth/load-user";
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

async function readSession(): Promise<{ id: string; sv: number } | null> {
  try {
    const session = (await auth()) as unknown as { user?: { id?: string }; sv?: number } | null;
    const id = session?.user?.id;
    return id ? { id, sv: session.sv ?? -1 } : null;
  } catch (error) {
    unstable_rethrow(error); // Next's own signals (dynamic rendering, redirects) must pass through
    return null; // a garbage or tampered cookie means "signed out", never a 500
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
