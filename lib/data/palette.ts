// What the command palette may jump to that is data rather than a page: the learner's own
// applications (most recently touched first) and, for program admins, the programs they run.
// Read only when the palette opens, bounded, and scoped to the actor like every read here.
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { hasPermission } from "@/lib/auth/permissions";

/** Enough for any real search; older applications stay reachable from the board. */
export const PALETTE_APPLICATION_LIMIT = 200;

export interface PaletteEntries {
  applications: { id: string; company: string; title: string }[];
  programs: { id: string; name: string }[];
}

export async function getPaletteEntries(actor: CurrentUser): Promise<PaletteEntries> {
  const [applications, programs] = await Promise.all([
    hasPermission(actor, "read:job-hunt:own")
      ? db.jobApplication.findMany({
          where: { userId: actor.id },
          select: { id: true, company: true, title: true },
          orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
          take: PALETTE_APPLICATION_LIMIT,
        })
      : [],
    hasPermission(actor, "read:program-area:org") && actor.adminOrgIds.length > 0
      ? db.organization.findMany({
          where: { id: { in: actor.adminOrgIds } },
          select: { id: true, name: true },
          orderBy: { name: "asc" },
          take: 50,
        })
      : [],
  ]);
  return { applications, programs };
}
