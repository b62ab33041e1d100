// Jobs a learner records themselves (a placement outside the application tracker, or with
// the salary they choose to share). Programs count them in outcomes.
import "server-only";
import { mirrorSelfReports } from "@/lib/data/programs/enrollments";
import { invalidateOutcomes } from "@/lib/data/programs/outcomes";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { assertCan } from "@/lib/data/access";
import { touchActivity } from "@/lib/data/activity";
import { NotFoundError } from "@/lib/data/errors";

export interface PlacementInput {
  employer: string;
  title: string;
  startDate: Date;
  inField: boolean;
  salaryUsd?: number;
  shareSalary: boolean;
}

export async function recordPlacement(actor: CurrentUser, input: PlacementInput) {
  assertCan(actor, "record:placement:own");
  await db.$transaction(async (tx) => {
    await tx.jobPlacement.create({ data: { userId: actor.id, ...input, salaryUsd: input.salaryUsd ?? null } });
    await mirrorSelfReports(tx, actor.id);
  });
  await invalidateOutcomes();
  await touchActivity(actor.id);
}

export async function deletePlacement(actor: CurrentUser, placementId: string) {
  assertCan(actor, "record:placement:own");
  await db.$transaction(async (tx) => {
    const deleted = await tx.jobPlacement.deleteMany({ where: { id: placementId, userId: actor.id } });
    if (deleted.count !== 1) throw new NotFoundError();
    await mirrorSelfReports(tx, actor.id);
  });
  await invalidateOutcomes();
}

export async function listMyPlacements(actor: CurrentUser) {
  assertCan(actor, "record:placement:own");
  return db.jobPlacement.findMany({ where: { userId: actor.id }, orderBy: { startDate: "desc" } });
}
