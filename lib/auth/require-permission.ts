// Page guard: signed-in users without the role get a 404 (not a hint that the page exists).
import "server-only";
import { notFound } from "next/navigation";
import { requireUser, type CurrentUser } from "@/lib/auth/current-user";
import { hasPermission, type Permission } from "@/lib/auth/permissions";
import { audit } from "@/lib/auth/audit";

export async function requirePermission(permission: Permission): Promise<CurrentUser> {
  const user = await requireUser();
  if (!hasPermission(user, permission)) {
    await audit({ action: "access.denied", actorId: user.id, metadata: { permission } });
    notFound();
  }
  return user;
}
