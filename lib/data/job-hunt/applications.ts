// Job applications: create, edit (optimistic version check → ConflictError with the saved
// values), delete, follow-up dates. Every query is scoped by the actor's user id.
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { touchActivity } from "@/lib/data/activity";
import { NotFoundError } from "@/lib/data/errors";
import { nextVersion, saveAtVersion } from "@/lib/data/optimistic-lock";
import { writeFollowingPlan } from "@/lib/data/learner/plan-reconcile";
import type { ApplicationFields } from "@/lib/domain/application-schema";
import { assertCan } from "@/lib/data/access";
import { dateOrNull, isoOrNull } from "@/lib/data/dates";
import { guardPhi } from "@/lib/data/job-hunt/phi";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface MatchToSave {
  score: number;
  snapshot: Prisma.InputJsonValue;
}

function columns(fields: ApplicationFields) {
  return {
    company: fields.company,
    title: fields.title,
    roleType: fields.roleType,
    workMode: fields.workMode,
    location: fields.location ?? null,
    source: fields.source,
    link: fields.link ?? null,
    salaryMin: fields.salaryMin ?? null,
    salaryMax: fields.salaryMax ?? null,
    notes: fields.notes ?? null,
    jobDescription: fields.jobDescription ?? null,
    appliedOn: dateOrNull(fields.appliedOn),
    followUpOn: dateOrNull(fields.followUpOn),
  };
}

export async function createApplication(actor: CurrentUser, fields: ApplicationFields, opts: { confirmPhi: boolean; match?: MatchToSave }) {
  assertCan(actor, "update:application:own");
  guardPhi({ notes: fields.notes, jobDescription: fields.jobDescription }, opts.confirmPhi);
  const stage = fields.appliedOn ? "APPLIED" : "SAVED";
  // Sent applications complete "Apply to 10 …" (lib/domain/plan-events).
  const created = await writeFollowingPlan(db, actor.id, async (tx) => {
    const app = await tx.jobApplication.create({
      data: {
        ...columns(fields),
        userId: actor.id,
        stage,
        stageChangedAt: dateOrNull(fields.appliedOn) ?? new Date(),
        ...(opts.match ? { matchScore: opts.match.score, matchSnapshot: opts.match.snapshot } : {}),
      },
      select: { id: true, stageChangedAt: true },
    });
    await tx.applicationStageChange.create({
      data: { applicationId: app.id, userId: actor.id, toStage: stage, changedAt: app.stageChangedAt },
    });
    return app;
  });
  await touchActivity(actor.id);
  return { id: created.id };
}

export type ApplicationFormValues = Record<keyof ApplicationFields, string> & { version: string };

const FORM_SELECT = {
  company: true,
  title: true,
  roleType: true,
  workMode: true,
  location: true,
  source: true,
  link: true,
  salaryMin: true,
  salaryMax: true,
  notes: true,
  jobDescription: true,
  appliedOn: true,
  followUpOn: true,
  version: true,
} as const;

function toFormValues(row: { [K in keyof typeof FORM_SELECT]: unknown }): ApplicationFormValues {
  const s = (v: unknown) => (v === null || v === undefined ? "" : v instanceof Date ? (isoOrNull(v) ?? "") : String(v));
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, s(v)])) as ApplicationFormValues;
}

/** The saved values in form shape (for the edit form and for conflict messages). */
export async function getApplicationFormValues(actor: CurrentUser, id: string): Promise<ApplicationFormValues> {
  assertCan(actor, "read:job-hunt:own");
  const row = await db.jobApplication.findFirst({ where: { id, userId: actor.id }, select: FORM_SELECT });
  if (!row) throw new NotFoundError("That application was not found.");
  return toFormValues(row);
}

/**
 * Saves only if nobody saved since the form was opened (`version`). Otherwise throws
 * ConflictError carrying the current saved values, so the form can show both versions.
 */
export async function updateApplication(actor: CurrentUser, id: string, version: number, fields: ApplicationFields, confirmPhi: boolean) {
  assertCan(actor, "update:application:own");
  guardPhi({ notes: fields.notes, jobDescription: fields.jobDescription }, confirmPhi);
  // An edit can set the applied date, which counts the application as sent for the plan.
  await writeFollowingPlan(db, actor.id, (tx) =>
    saveAtVersion({
      write: () =>
        tx.jobApplication.updateMany({
          where: { id, userId: actor.id, version },
          data: { ...columns(fields), followUpRemindedAt: null, version: nextVersion },
        }),
      current: () => tx.jobApplication.findFirst({ where: { id, userId: actor.id }, select: FORM_SELECT }),
      present: toFormValues,
      notFound: "That application was not found.",
      conflict:
        "This application was changed in another tab or window after you opened it. Your changes were not saved: compare both versions below.",
    }),
  );
  await touchActivity(actor.id);
  return { id, version: version + 1 };
}

export async function deleteApplication(actor: CurrentUser, id: string) {
  assertCan(actor, "update:application:own");
  await writeFollowingPlan(db, actor.id, async (tx) => {
    const { count } = await tx.jobApplication.deleteMany({ where: { id, userId: actor.id } });
    if (count === 0) throw new NotFoundError("That application was not found.");
  });
  await touchActivity(actor.id);
}

/** Sets or clears the follow-up date; a new date re-arms the reminder email. */
export async function setFollowUp(actor: CurrentUser, id: string, followUpOn: string | undefined) {
  assertCan(actor, "update:application:own");
  const { count } = await db.jobApplication.updateMany({
    where: { id, userId: actor.id },
    data: { followUpOn: dateOrNull(followUpOn), followUpRemindedAt: null, version: nextVersion },
  });
  if (count === 0) throw new NotFoundError("That application was not found.");
  await touchActivity(actor.id);
}
