// The funnel over a period, from the dated stage history: one query for all of the learner's
// stage changes, then the pure lib/domain/applications.ts funnel().
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { funnel, type Funnel, type StageChange } from "@/lib/domain/applications";
import { toUtcDate, addDays } from "@/lib/domain/dates";
import { assertCan } from "@/lib/data/access";
import { isoOrNull } from "@/lib/data/dates";

export async function getFunnel(actor: CurrentUser, period: { from: string; to: string }): Promise<Funnel> {
  assertCan(actor, "read:job-hunt:own");
  const changes = await db.applicationStageChange.findMany({
    where: { userId: actor.id, changedAt: { lt: toUtcDate(addDays(period.to, 1)) } },
    select: { applicationId: true, toStage: true, changedAt: true },
    orderBy: [{ changedAt: "asc" }, { id: "asc" }],
  });
  const byApp = new Map<string, StageChange[]>();
  for (const c of changes) {
    const list = byApp.get(c.applicationId) ?? [];
    list.push({ stage: c.toStage, on: isoOrNull(c.changedAt) ?? period.to });
    byApp.set(c.applicationId, list);
  }
  return funnel(
    [...byApp.values()].map((history) => ({ history })),
    period,
  );
}
