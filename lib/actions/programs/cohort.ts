"use server";
// Cohort actions: create, edit, archive/restore, join code, advisor assignment, invite a learner.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { userAction, type ActionState } from "@/lib/actions/action";
import {
  advisorAssignmentSchema,
  archiveSchema,
  createCohortSchema,
  inviteLearnerSchema,
  joinCodeSchema,
  updateCohortSchema,
} from "@/lib/actions/programs/schemas";
import { createCohort, setAdvisorAssignment, setCohortArchived, setJoinCode, updateCohort } from "@/lib/data/programs/cohorts";
import { inviteLearner } from "@/lib/data/programs/learner-import";

const create = userAction(createCohortSchema, async ({ organizationId, ...input }, user) => {
  const cohort = await createCohort(user, organizationId, input);
  redirect(`/programs/${organizationId}/cohorts/${cohort.id}`);
});

const update = userAction(updateCohortSchema, async ({ cohortId, ...input }, user) => {
  await updateCohort(user, cohortId, input);
  revalidatePath("/programs", "layout");
  return { saved: true };
});

const archive = userAction(archiveSchema, async ({ cohortId, archived }, user) => {
  await setCohortArchived(user, cohortId, archived);
  revalidatePath("/programs", "layout");
  return { archived };
});

const joinCode = userAction(joinCodeSchema, async ({ cohortId, mode }, user) => {
  await setJoinCode(user, cohortId, mode);
  revalidatePath("/programs", "layout");
  return { mode: mode as string };
});

const assign = userAction(advisorAssignmentSchema, async ({ cohortId, advisorUserId, assigned }, user) => {
  await setAdvisorAssignment(user, cohortId, advisorUserId, assigned);
  revalidatePath("/programs", "layout");
  return { assigned };
});

const invite = userAction(inviteLearnerSchema, async ({ cohortId, email, firstName }, user) => {
  await inviteLearner(user, cohortId, { email, firstName });
  revalidatePath("/programs", "layout");
  return { email };
});

export async function createCohortAction(prev: ActionState<never>, formData: FormData) {
  return create(prev, formData);
}
export async function updateCohortAction(prev: ActionState<{ saved: boolean }>, formData: FormData) {
  return update(prev, formData);
}
export async function archiveCohortAction(prev: ActionState<{ archived: boolean }>, formData: FormData) {
  return archive(prev, formData);
}
export async function setJoinCodeAction(prev: ActionState<{ mode: string }>, formData: FormData) {
  return joinCode(prev, formData);
}
export async function assignAdvisorAction(prev: ActionState<{ assigned: boolean }>, formData: FormData) {
  return assign(prev, formData);
}
export async function inviteLearnerAction(prev: ActionState<{ email: string }>, formData: FormData) {
  return invite(prev, formData);
}
