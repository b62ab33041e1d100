// Career growth roadmap: goals come from lib/content/growth-goals; a row is stored only once
// the learner marks a goal or gives it a target date.
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { touchActivity } from "@/lib/data/activity";
import { UserInputError } from "@/lib/data/errors";
import { GROWTH_GOALS } from "@/lib/content/growth-goals";
import type { IsoDate, MilestoneStatus } from "@/lib/domain/types";
import { assertCan } from "@/lib/data/access";
import { toDbDate, toIso } from "@/lib/data/dates";

function goalOrThrow(goalKey: string) {
  const goal = GROWTH_GOALS.find((g) => g.id === goalKey);
  if (!goal) throw new UserInputError("That goal is not on the roadmap.", { goalKey: ["Choose a goal from the roadmap."] });
  return goal;
}

export async function listGrowthProgress(actor: CurrentUser | null) {
  assertCan(actor, "read:learner-journey:own");
  const rows = await db.growthGoal.findMany({
    where: { userId: actor.id },
    select: { goalKey: true, status: true, targetDate: true, completedAt: true },
  });
  return new Map(
    rows.map((r) => [r.goalKey, { status: r.status as MilestoneStatus, targetDate: toIso(r.targetDate), completedAt: r.completedAt }]),
  );
}

export async function updateGrowthGoal(
  actor: CurrentUser | null,
  goalKey: string,
  change: { status?: MilestoneStatus; targetDate?: IsoDate | null },
) {
  assertCan(actor, "update:growth-goals:own");
  const goal = goalOrThrow(goalKey);
  const data = {
    ...(change.status ? { status: change.status, completedAt: change.status === "DONE" ? new Date() : null } : {}),
    ...(change.targetDate !== undefined ? { targetDate: change.targetDate ? toDbDate(change.targetDate) : null } : {}),
  };
  await db.growthGoal.upsert({
    where: { userId_goalKey: { userId: actor.id, goalKey } },
    create: { userId: actor.id, goalKey, title: goal.title, horizon: goal.horizon, ...data },
    update: data,
  });
  await touchActivity(actor.id);
}
