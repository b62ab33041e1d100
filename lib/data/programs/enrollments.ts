// Writes to the program's enrollment records: opened when a learner joins a cohort, changed by
// staff (one at a time here, by CSV in enrollment-import.ts) with every change kept in
// EnrollmentChange, and fed by the learner's own exam and job logs while they are a member.
// Leaving a cohort ends staff access to the learner's account; it changes nothing here.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Tx } from "@/lib/prisma-client";
import { requireOrgAdmin } from "@/lib/data/access";
import { ConflictError, NotFoundError, UserInputError } from "@/lib/data/errors";
import { dateOrNull, todayIso } from "@/lib/data/dates";
import { mirrorSelfReports } from "@/lib/data/programs/self-report-mirror";
import { invalidateOutcomes } from "@/lib/data/programs/outcomes";
import { enrollmentListings, type EnrollmentListing } from "@/lib/data/programs/enrollment-records";
import { applyEnrollmentChange, type EnrollmentChangeInput, type EnrollmentDiff } from "@/lib/domain/enrollment-changes";
import { validateEnrollmentHistory, type EnrollmentRecord } from "@/lib/domain/outcome-records";

/** Called inside the join transaction. A learner re-joining Chartpath while still enrolled keeps
 *  their record; one coming back after withdrawing or transferring starts a re-entry today. */
export async function openEnrollment(tx: Tx, userId: string, cohortId: string, now = new Date()) {
  const cohort = await tx.cohort.findUniqueOrThrow({ where: { id: cohortId }, select: { organizationId: true, startDate: true } });
  const here = await tx.enrollment.findMany({ where: { cohortId, learnerId: userId }, select: { status: true } });
  if (here.some((e) => e.status === "ENROLLED" || e.status === "COMPLETED")) return;
  const leftBefore = await tx.enrollment.count({
    where: { organizationId: cohort.organizationId, learnerId: userId, status: { in: ["WITHDRAWN", "TRANSFERRED"] } },
  });
  const reEntry = leftBefore > 0;
  const today = dateOrNull(todayIso(now))!;
  const startedOn = reEntry ? today : cohort.startDate;
  const created = await tx.enrollment.create({
    data: { organizationId: cohort.organizationId, cohortId, learnerId: userId, startedOn, entryKind: reEntry ? "RE_ENTRY" : "NEW_START" },
    select: { id: true },
  });
  await tx.enrollmentChange.create({
    data: { enrollmentId: created.id, actorId: userId, actorName: "Learner joined the cohort", via: "JOIN", changes: {} },
  });
}

export { mirrorSelfReports };

export interface EnrollmentDetail extends EnrollmentListing {
  organizationId: string;
  version: number;
  history: { at: Date; actorName: string; via: string; changes: EnrollmentDiff }[];
}

async function loadForAdmin(actor: CurrentUser, enrollmentId: string) {
  const row = await db.enrollment.findUnique({
    where: { id: enrollmentId },
    select: { organizationId: true, cohortId: true, version: true },
  });
  if (!row) throw new NotFoundError();
  await requireOrgAdmin(actor, row.organizationId, "manage:enrollment:org");
  return row;
}

export async function enrollmentDetail(actor: CurrentUser, enrollmentId: string): Promise<EnrollmentDetail> {
  const row = await loadForAdmin(actor, enrollmentId);
  const listing = (await enrollmentListings(row.organizationId, row.cohortId)).find((l) => l.record.enrollmentId === enrollmentId);
  if (!listing) throw new NotFoundError();
  const history = await db.enrollmentChange.findMany({
    where: { enrollmentId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: { createdAt: true, actorName: true, via: true, changes: true },
  });
  return {
    ...listing,
    organizationId: row.organizationId,
    version: row.version,
    history: history.map((h) => ({ at: h.createdAt, actorName: h.actorName, via: h.via, changes: h.changes as EnrollmentDiff })),
  };
}

/** Start dates of the undisputed jobs on record for each enrollment. */
export async function jobStartsOf(tx: Tx, enrollmentIds: string[]): Promise<Map<string, string[]>> {
  const rows = await tx.outcomeRecord.findMany({
    where: {
      enrollmentId: { in: enrollmentIds },
      kind: { in: ["EMPLOYED", "SELF_EMPLOYED"] },
      review: { not: "DISPUTED" },
      startedOn: { not: null },
    },
    select: { enrollmentId: true, startedOn: true },
  });
  const map = new Map<string, string[]>();
  for (const r of rows) map.set(r.enrollmentId, [...(map.get(r.enrollmentId) ?? []), r.startedOn!.toISOString().slice(0, 10)]);
  return map;
}

/** Writes a checked record and its history row; the version guards against a concurrent edit. */
export async function writeEnrollment(
  tx: Tx,
  actor: CurrentUser,
  next: EnrollmentRecord,
  diff: EnrollmentDiff,
  expectedVersion: number,
  via: "FORM" | "CSV",
) {
  const updated = await tx.enrollment.updateMany({
    where: { id: next.enrollmentId, version: expectedVersion },
    data: {
      status: next.status,
      startedOn: dateOrNull(next.startedOn)!,
      entryKind: next.entryKind,
      completedOn: dateOrNull(next.completedOn),
      withdrawnOn: dateOrNull(next.withdrawnOn),
      withdrawalReason: next.withdrawalReason ?? null,
      transferredOn: dateOrNull(next.transferredOn),
      unavailableReason: next.unavailable?.reason ?? null,
      unavailableDocumentedOn: dateOrNull(next.unavailable?.documentedOn),
      version: { increment: 1 },
    },
  });
  if (updated.count !== 1) throw new ConflictError("Someone else changed this enrollment since you opened it. Reload to see their change.");
  await tx.enrollmentChange.create({
    data: { enrollmentId: next.enrollmentId, actorId: actor.id, actorName: actor.name, via, changes: diff as Prisma.InputJsonValue },
  });
}

/** The learner's other enrollments in the program, checked with the candidate (no overlaps, re-entry after a withdrawal). */
export async function historyErrors(organizationId: string, next: EnrollmentRecord) {
  const others = (await enrollmentListings(organizationId, undefined, next.learnerId)).map((l) => l.record);
  return validateEnrollmentHistory([...others.filter((r) => r.enrollmentId !== next.enrollmentId), next]).filter(
    (e) => e.enrollmentId === next.enrollmentId,
  );
}

export async function updateEnrollment(actor: CurrentUser, enrollmentId: string, expectedVersion: number, input: EnrollmentChangeInput) {
  const detail = await enrollmentDetail(actor, enrollmentId);
  if (detail.version !== expectedVersion)
    throw new ConflictError("Someone else changed this enrollment since you opened it. Reload to see their change.");
  await db.$transaction(async (tx) => {
    const jobs = (await jobStartsOf(tx, [enrollmentId])).get(enrollmentId) ?? [];
    const change = applyEnrollmentChange(detail.record, input, todayIso(), jobs);
    if (!change.ok) throw new UserInputError("Check the highlighted fields", fieldErrors(change.errors));
    const clash = await historyErrors(detail.organizationId, change.value.next);
    if (clash.length > 0) throw new UserInputError(clash[0]!.message, fieldErrors(clash));
    if (Object.keys(change.value.diff).length === 0) return;
    await writeEnrollment(tx, actor, change.value.next, change.value.diff, expectedVersion, "FORM");
    await invalidateOutcomes(detail.organizationId, tx);
  });
}

export function fieldErrors(errors: readonly { field: string; message: string }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of errors) (out[e.field] ??= []).push(e.message);
  return out;
}

/** The enrollments page: every record of the program (or one cohort), with the cohorts to filter by. */
export async function enrollmentsForAdmin(actor: CurrentUser, organizationId: string, cohortId?: string) {
  await requireOrgAdmin(actor, organizationId, "manage:enrollment:org");
  const [org, cohorts, listings, versions] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { id: true, name: true } }),
    db.cohort.findMany({ where: { organizationId }, orderBy: { startDate: "desc" }, select: { id: true, name: true } }),
    enrollmentListings(organizationId, cohortId),
    db.enrollment.findMany({ where: { organizationId, ...(cohortId ? { cohortId } : {}) }, select: { id: true, version: true } }),
  ]);
  const version = new Map(versions.map((v) => [v.id, v.version]));
  return { org, cohorts, rows: listings.map((l) => ({ ...l, version: version.get(l.record.enrollmentId) ?? 1 })) };
}
