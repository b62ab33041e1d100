// Moving an application along the pipeline: the stage, the dated history row and (on the
// first move to Applied) the applied date change together in one transaction.
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { touchActivity } from "@/lib/data/activity";
import { ConflictError, NotFoundError, UserInputError } from "@/lib/data/errors";
import { writeFollowingPlan } from "@/lib/data/learner/plan-reconcile";
import { APPLICATION_STAGE_LABELS, type ApplicationStage } from "@/lib/domain/applications";
import { toUtcDate } from "@/lib/domain/dates";
import { assertCan } from "@/lib/data/access";
import { isoOrNull, todayIso } from "@/lib/data/dates";

/**
 * `on` (YYYY-MM-DD) back-dates the move; without it the move is recorded now. `from` is the
 * stage the caller last saw (the board and its Undo send it): if the application has moved
 * since (another tab, another device), the move is refused as a conflict carrying the stored
 * stage, rather than silently overwriting that other move.
 */
export async function moveApplicationStage(actor: CurrentUser, id: string, stage: ApplicationStage, on?: string, from?: ApplicationStage) {
  assertCan(actor, "update:application:own");
  if (on && on > todayIso())
    throw new UserInputError("A stage change can't be dated in the future.", { on: ["Pick today or an earlier date."] });
  const at = on && on !== todayIso() ? toUtcDate(on) : new Date();
  await writeFollowingPlan(db, actor.id, async (tx) => {
    const app = await tx.jobApplication.findFirst({
      where: { id, userId: actor.id },
      select: { stage: true, stageChangedAt: true, appliedOn: true },
    });
    if (!app) throw new NotFoundError("That application was not found. It may have been deleted.");
    if (from && app.stage !== from)
      throw new ConflictError(`It was moved to “${APPLICATION_STAGE_LABELS[app.stage]}” elsewhere; the board now shows that.`, {
        stage: app.stage,
      });
    if (app.stage === stage)
      throw new UserInputError(`It is already at “${APPLICATION_STAGE_LABELS[stage]}”.`, { stage: ["Choose a different stage."] });
    if ((isoOrNull(app.stageChangedAt) ?? "") > (isoOrNull(at) ?? "")) {
      throw new UserInputError(`The date can't be before the last change (${isoOrNull(app.stageChangedAt)}).`, {
        on: ["Pick a later date."],
      });
    }
    // Stage moves do not bump `version`: the edit form does not carry the stage, so moving a
    // card on the board must not make an open edit form report a false conflict.
    await tx.jobApplication.update({
      where: { id },
      data: {
        stage,
        stageChangedAt: at,
        ...(stage === "APPLIED" && !app.appliedOn ? { appliedOn: toUtcDate(isoOrNull(at) ?? todayIso()) } : {}),
      },
    });
    await tx.applicationStageChange.create({
      data: { applicationId: id, userId: actor.id, fromStage: app.stage, toStage: stage, changedAt: at },
    });
  });
  await touchActivity(actor.id);
}
