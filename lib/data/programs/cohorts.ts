// Cohorts of a program: create, edit, archive, join codes, advisor assignment and the
// admin's cohort page (learners, advisors, learner invitations).
import "server-only";
import { invalidateOutcomes } from "@/lib/data/programs/outcomes";
import { invalidateRoster } from "@/lib/data/programs/roster";
import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { audit } from "@/lib/auth/audit";
import { requireCohortAdmin, requireOrgAdmin } from "@/lib/data/access";
import { listInvitations } from "@/lib/data/programs/invitation-admin";
import { NotFoundError, UserInputError } from "@/lib/data/errors";
import { COHORT_FIELDS } from "@/lib/data/programs/cohort-summary";

export interface CohortInput {
  name: string;
  path?: "CODING" | "BILLING";
  credentialCode?: string;
  startDate: Date;
  endDate?: Date;
  targetExamDate?: Date;
}

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I: codes are read aloud in class

function newJoinCode(): string {
  const pick = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return `${pick()}-${pick()}`;
}

function cohortData(input: CohortInput) {
  if (input.endDate && input.endDate < input.startDate)
    throw new UserInputError("Check the highlighted field", { endDate: ["The end date must be on or after the start date"] });
  return {
    name: input.name,
    path: input.path ?? null,
    credentialCode: input.credentialCode || null,
    startDate: input.startDate,
    endDate: input.endDate ?? null,
    targetExamDate: input.targetExamDate ?? null,
  };
}

export async function createCohort(actor: CurrentUser, organizationId: string, input: CohortInput) {
  await requireOrgAdmin(actor, organizationId, "manage:cohort:org");
  const cohort = await db.cohort.create({
    data: { organizationId, ...cohortData(input), joinCode: newJoinCode(), joinCodeEnabled: true },
    select: { id: true },
  });
  await invalidateOutcomes(organizationId);
  await audit({ action: "cohort.created", actorId: actor.id, organizationId, targetType: "cohort", targetId: cohort.id });
  return cohort;
}

export async function updateCohort(actor: CurrentUser, cohortId: string, input: CohortInput) {
  await requireCohortAdmin(actor, cohortId, "manage:cohort:org");
  await db.cohort.update({ where: { id: cohortId }, data: cohortData(input) });
  await invalidateOutcomes();
  await invalidateRoster();
}

export async function setCohortArchived(actor: CurrentUser, cohortId: string, archived: boolean) {
  const cohort = await requireCohortAdmin(actor, cohortId, "manage:cohort:org");
  await db.cohort.update({ where: { id: cohortId }, data: { archivedAt: archived ? new Date() : null } });
  await invalidateOutcomes(cohort.organizationId);
  await invalidateRoster();
  await audit({
    action: archived ? "cohort.archived" : "cohort.restored",
    actorId: actor.id,
    organizationId: cohort.organizationId,
    targetId: cohortId,
  });
}

export async function setJoinCode(actor: CurrentUser, cohortId: string, mode: "regenerate" | "disable" | "enable") {
  await requireCohortAdmin(actor, cohortId, "manage:cohort:org");
  const data = mode === "regenerate" ? { joinCode: newJoinCode(), joinCodeEnabled: true } : { joinCodeEnabled: mode === "enable" };
  await db.cohort.update({ where: { id: cohortId }, data });
}

export async function setAdvisorAssignment(actor: CurrentUser, cohortId: string, advisorUserId: string, assigned: boolean) {
  const cohort = await requireCohortAdmin(actor, cohortId, "manage:cohort:org");
  const staff = await db.membership.findUnique({
    where: { organizationId_userId: { organizationId: cohort.organizationId, userId: advisorUserId } },
    select: { role: true },
  });
  if (!staff) throw new NotFoundError("That person is not on this program's staff.");
  if (assigned) {
    await db.cohortAdvisor.upsert({
      where: { cohortId_userId: { cohortId, userId: advisorUserId } },
      update: {},
      create: { cohortId, userId: advisorUserId },
    });
  } else {
    await db.cohortAdvisor.deleteMany({ where: { cohortId, userId: advisorUserId } });
  }
  await audit({
    action: assigned ? "cohort.advisor_assigned" : "cohort.advisor_unassigned",
    actorId: actor.id,
    organizationId: cohort.organizationId,
    subjectUserId: advisorUserId,
    targetId: cohortId,
  });
}

export async function getCohortForAdmin(actor: CurrentUser, cohortId: string) {
  const { organizationId } = await requireCohortAdmin(actor, cohortId, "manage:cohort:org");
  const [cohort, staff, invitations] = await Promise.all([
    db.cohort.findUniqueOrThrow({
      where: { id: cohortId },
      select: {
        ...COHORT_FIELDS,
        organization: { select: { id: true, name: true } },
        advisors: { select: { userId: true } },
        learners: {
          select: { joinedAt: true, leftAt: true, user: { select: { id: true, name: true, email: true } } },
          orderBy: { joinedAt: "desc" },
          take: 500,
        },
      },
    }),
    db.membership.findMany({
      where: { organizationId },
      select: { role: true, user: { select: { id: true, name: true, email: true } } },
      orderBy: { createdAt: "asc" },
    }),
    listInvitations({ cohortId }),
  ]);
  return { cohort, staff, invitations };
}
