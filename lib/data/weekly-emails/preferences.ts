// Each person's weekly email choices (the account page's "Weekly emails" card): the advisor
// digest for advisors, the learner summary for learners, each on its default until chosen.
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { hasPermission } from "@/lib/auth/permissions";
import { assertCan } from "@/lib/data/access";
import { weeklyEmailEnabled, type WeeklyEmailKind } from "@/lib/domain/weekly-email";

const PERMISSION_FOR = {
  ADVISOR_DIGEST: "update:weekly-digest:own",
  LEARNER_SUMMARY: "update:weekly-summary:own",
} as const satisfies Record<WeeklyEmailKind, string>;

const KINDS = Object.keys(PERMISSION_FOR) as WeeklyEmailKind[];

export interface WeeklyEmailChoice {
  kind: WeeklyEmailKind;
  enabled: boolean;
}

/** The weekly emails the actor's roles get, with whether each is on. Empty for someone with neither role. */
export async function getWeeklyEmailChoices(actor: CurrentUser): Promise<WeeklyEmailChoice[]> {
  const kinds = KINDS.filter((k) => hasPermission(actor, PERMISSION_FOR[k]));
  if (kinds.length === 0) return [];
  const rows = await db.weeklyEmailPreference.findMany({
    where: { userId: actor.id, kind: { in: kinds } },
    select: { kind: true, enabled: true },
  });
  return kinds.map((kind) => ({ kind, enabled: weeklyEmailEnabled(kind, rows.find((r) => r.kind === kind)?.enabled) }));
}

/** Turns one of the actor's own weekly emails on or off. */
export async function setWeeklyEmailChoice(actor: CurrentUser, kind: WeeklyEmailKind, enabled: boolean): Promise<WeeklyEmailChoice> {
  assertCan(actor, PERMISSION_FOR[kind]);
  await db.weeklyEmailPreference.upsert({
    where: { userId_kind: { userId: actor.id, kind } },
    create: { userId: actor.id, kind, enabled },
    update: { enabled },
  });
  return { kind, enabled };
}
