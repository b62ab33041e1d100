// Outcome evidence staff add or judge: a placement or other destination (with its source and a
// note of the document seen), a credentialing exam result, and the review of any of them —
// verified (the evidence holds) or disputed (it does not; disputed records leave the figures).
// A reviewed self-report no longer follows the learner's later edits (enrollments.ts).
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requireOrgAdmin } from "@/lib/data/access";
import { NotFoundError, UserInputError } from "@/lib/data/errors";
import { dateOrNull, todayIso } from "@/lib/data/dates";
import { invalidateOutcomes } from "@/lib/data/programs/outcomes";
import type { FieldRelation, OutcomeKind } from "@/lib/domain/outcome-records";

import type { STAFF_SOURCE_IDS } from "@/lib/domain/outcome-evidence";

export interface OutcomeInput {
  kind: OutcomeKind;
  employer?: string;
  title?: string;
  startedOn?: string;
  hoursPerWeek?: number;
  field?: FieldRelation;
  source: (typeof STAFF_SOURCE_IDS)[number];
  note: string;
}

export interface CredentialResultInput {
  credentialCode: string;
  takenOn: string;
  passed: boolean;
  source: (typeof STAFF_SOURCE_IDS)[number];
  note: string;
}

async function enrollmentForAdmin(actor: CurrentUser, enrollmentId: string) {
  const e = await db.enrollment.findUnique({ where: { id: enrollmentId }, select: { id: true, organizationId: true, startedOn: true } });
  if (!e) throw new NotFoundError();
  await requireOrgAdmin(actor, e.organizationId, "manage:enrollment:org");
  return e;
}

const isJob = (kind: OutcomeKind) => kind === "EMPLOYED" || kind === "SELF_EMPLOYED";

export async function addOutcomeRecord(actor: CurrentUser, enrollmentId: string, input: OutcomeInput) {
  const e = await enrollmentForAdmin(actor, enrollmentId);
  const today = todayIso();
  const started = e.startedOn.toISOString().slice(0, 10);
  if (isJob(input.kind)) {
    const errors: Record<string, string[]> = {};
    if (!input.employer) errors.employer = ["Enter the employer."];
    if (!input.startedOn) errors.startedOn = ["Enter the job's start date."];
    if (!input.field) errors.field = ["Say whether the job is in the field of training."];
    if (Object.keys(errors).length > 0) throw new UserInputError("Check the highlighted fields", errors);
  }
  if (input.startedOn && input.startedOn > today)
    throw new UserInputError("Check the start date", { startedOn: [`The start date is after today (${today}).`] });
  if (input.startedOn && input.startedOn < started)
    throw new UserInputError("Check the start date", { startedOn: [`This is before the enrollment started (${started}).`] });
  await db.$transaction(async (tx) => {
    await tx.outcomeRecord.create({
      data: {
        enrollmentId,
        kind: input.kind,
        employer: isJob(input.kind) ? (input.employer ?? null) : null,
        title: isJob(input.kind) ? (input.title ?? null) : null,
        startedOn: dateOrNull(input.startedOn),
        recordedOn: dateOrNull(today)!,
        hoursPerWeek: isJob(input.kind) ? (input.hoursPerWeek ?? null) : null,
        field: isJob(input.kind) ? (input.field ?? null) : null,
        source: input.source,
        note: input.note,
        recordedById: actor.id,
        recordedByName: actor.name,
        // Staff entered it from what they saw: that is the verification.
        review: "VERIFIED",
        reviewedById: actor.id,
        reviewedByName: actor.name,
        reviewedAt: new Date(),
      },
    });
    await invalidateOutcomes(e.organizationId, tx);
  });
}

export async function addCredentialResult(actor: CurrentUser, enrollmentId: string, input: CredentialResultInput) {
  const e = await enrollmentForAdmin(actor, enrollmentId);
  const today = todayIso();
  const started = e.startedOn.toISOString().slice(0, 10);
  if (input.takenOn > today) throw new UserInputError("Check the exam date", { takenOn: [`The exam date is after today (${today}).`] });
  if (input.takenOn < started)
    throw new UserInputError("Check the exam date", {
      takenOn: [`This is before the enrollment started (${started}), so it is not an outcome of the program.`],
    });
  await db.$transaction(async (tx) => {
    await tx.credentialResult.create({
      data: {
        enrollmentId,
        credentialCode: input.credentialCode,
        takenOn: dateOrNull(input.takenOn)!,
        passed: input.passed,
        source: input.source,
        note: input.note,
        recordedById: actor.id,
        recordedByName: actor.name,
        review: "VERIFIED",
        reviewedById: actor.id,
        reviewedByName: actor.name,
        reviewedAt: new Date(),
      },
    });
    await invalidateOutcomes(e.organizationId, tx);
  });
}

export async function reviewEvidence(
  actor: CurrentUser,
  input: { type: "outcome" | "credential"; id: string; decision: "VERIFIED" | "DISPUTED" | "UNREVIEWED"; note?: string },
) {
  const row =
    input.type === "outcome"
      ? await db.outcomeRecord.findUnique({
          where: { id: input.id },
          select: { enrollment: { select: { id: true, organizationId: true } } },
        })
      : await db.credentialResult.findUnique({
          where: { id: input.id },
          select: { enrollment: { select: { id: true, organizationId: true } } },
        });
  if (!row) throw new NotFoundError();
  await requireOrgAdmin(actor, row.enrollment.organizationId, "manage:enrollment:org");
  if (input.decision === "DISPUTED" && !input.note)
    throw new UserInputError("Say why", { note: ["Say what does not hold, so the next person knows."] });
  const data =
    input.decision === "UNREVIEWED"
      ? { review: input.decision, reviewedById: null, reviewedByName: null, reviewedAt: null, reviewNote: null }
      : {
          review: input.decision,
          reviewedById: actor.id,
          reviewedByName: actor.name,
          reviewedAt: new Date(),
          reviewNote: input.note ?? null,
        };
  await db.$transaction(async (tx) => {
    if (input.type === "outcome") await tx.outcomeRecord.update({ where: { id: input.id }, data });
    else await tx.credentialResult.update({ where: { id: input.id }, data });
    await invalidateOutcomes(row.enrollment.organizationId, tx);
  });
}

/** Every piece of evidence on an enrollment, newest first, for its page. */
export async function evidenceOf(actor: CurrentUser, enrollmentId: string) {
  await enrollmentForAdmin(actor, enrollmentId);
  const [outcomes, results] = await Promise.all([
    db.outcomeRecord.findMany({ where: { enrollmentId }, orderBy: [{ recordedOn: "desc" }, { id: "desc" }], take: 200 }),
    db.credentialResult.findMany({ where: { enrollmentId }, orderBy: [{ takenOn: "desc" }, { id: "desc" }], take: 200 }),
  ]);
  return { outcomes, results };
}
