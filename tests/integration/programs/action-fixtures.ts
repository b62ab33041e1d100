// Schema-valid inputs for every program action, each with the rows it works on and a caller
// allowed to run it (an admin of the program, an assigned advisor, the invited person, the
// learner): the generated access matrix (permission-matrix.test.ts) sends them.
import { db } from "@/lib/db";
import { generateToken } from "@/lib/auth/tokens";
import type { ActionFixture } from "../../support/action-matrix";
import { actorFor, createUser } from "../../support/factories";
import { programWorld } from "../../support/program-world";

const CSV = "email,first name,last name\nnew.person@example.test,New,Person\n";

async function invitation(organizationId: string, cohortId: string | null, email: string) {
  const { token, tokenHash } = generateToken();
  const inv = await db.invitation.create({
    // Sent a day ago, so a resend is past its cooldown.
    data: {
      organizationId,
      cohortId,
      email,
      role: "LEARNER",
      tokenHash,
      lastSentAt: new Date(Date.now() - 86_400_000),
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  return { token, id: inv.id };
}

const asAdmin =
  (form: (w: Awaited<ReturnType<typeof programWorld>>) => Promise<Record<string, string | Blob>> | Record<string, string | Blob>) =>
  async () => {
    const w = await programWorld();
    return { actor: w.actors.admin, form: await form(w) };
  };

const membershipOf = async (userId: string) => (await db.membership.findFirstOrThrow({ where: { userId } })).id;

export const PROGRAM_FIXTURES: Record<string, ActionFixture> = {
  createOrganizationAction: async () => {
    const user = await createUser({ learner: false });
    return { actor: actorFor(user, []), form: { name: "Northside Coding Bootcamp" } };
  },
  updateOrganizationAction: asAdmin((w) => ({ organizationId: w.org.id, name: "Riverbend College" })),
  inviteStaffAction: asAdmin((w) => ({ organizationId: w.org.id, email: "new.advisor@example.test", role: "ADVISOR" })),
  changeStaffRoleAction: asAdmin(async (w) => ({
    organizationId: w.org.id,
    membershipId: await membershipOf(w.users.advisor.id),
    role: "ADMIN",
  })),
  removeStaffAction: asAdmin(async (w) => ({
    organizationId: w.org.id,
    membershipId: await membershipOf(w.users.unassigned.id),
    confirm: "on",
  })),
  createCohortAction: asAdmin((w) => ({ organizationId: w.org.id, name: "Coding Spring", startDate: "2027-03-01" })),
  updateCohortAction: asAdmin((w) => ({ cohortId: w.cohort.id, name: "Coding Fall (evening)", startDate: "2026-01-05" })),
  archiveCohortAction: asAdmin((w) => ({ cohortId: w.cohort.id, archived: "true" })),
  setJoinCodeAction: asAdmin((w) => ({ cohortId: w.cohort.id, mode: "regenerate" })),
  assignAdvisorAction: asAdmin((w) => ({ cohortId: w.otherCohort.id, advisorUserId: w.users.unassigned.id, assigned: "true" })),
  inviteLearnerAction: asAdmin((w) => ({ cohortId: w.cohort.id, email: "someone@example.test", firstName: "Some" })),
  previewLearnerImportAction: asAdmin((w) => ({
    organizationId: w.org.id,
    file: new File([CSV], "roster.csv", { type: "text/csv" }),
    defaultCohortId: w.cohort.id,
  })),
  commitLearnerImportAction: asAdmin((w) => ({
    organizationId: w.org.id,
    csv: CSV,
    defaultCohortId: w.cohort.id,
    existingMembers: "skip",
  })),
  resendInvitationAction: asAdmin(async (w) => ({ invitationId: (await invitation(w.org.id, w.cohort.id, "pending@example.test")).id })),
  revokeInvitationAction: asAdmin(async (w) => ({
    invitationId: (await invitation(w.org.id, w.cohort.id, "pending@example.test")).id,
    confirm: "on",
  })),
  addLearnerNoteAction: async () => {
    const w = await programWorld();
    return { actor: w.actors.advisor, form: { learnerId: w.users.learner.id, body: "Great progress on modifiers", visibility: "SHARED" } };
  },
  acceptInvitationAction: async () => {
    const w = await programWorld();
    const invitee = await createUser({ learner: false });
    const { token } = await invitation(w.org.id, w.cohort.id, invitee.email);
    return { actor: actorFor(invitee, []), form: { token, consent: "on" } };
  },
  joinWithCodeAction: async () => {
    const w = await programWorld();
    const joiner = await createUser({ learner: false });
    return { actor: actorFor(joiner, []), form: { code: w.cohort.joinCode!, consent: "on" } };
  },
  leaveCohortAction: async () => {
    const w = await programWorld();
    return { actor: w.actors.learner, form: { cohortId: w.cohort.id, confirm: "on" } };
  },
  recordPlacementAction: async () => {
    const learner = actorFor(await createUser(), ["learner"]);
    return { actor: learner, form: { employer: "Lakeshore Health", title: "Medical Coder I", startDate: "2026-10-01", inField: "yes" } };
  },
  deletePlacementAction: async () => {
    const user = await createUser();
    const placement = await db.jobPlacement.create({
      data: { userId: user.id, employer: "Lakeshore Health", title: "Coder", startDate: new Date("2026-10-01"), inField: true },
    });
    return { actor: actorFor(user, ["learner"]), form: { placementId: placement.id, confirm: "on" } };
  },
  updateEnrollmentAction: asAdmin((w) => ({
    enrollmentId: w.enrollment.id,
    version: "1",
    status: "WITHDRAWN",
    statusDate: "2026-03-02",
    withdrawalReason: "Moved out of state",
  })),
  importEnrollmentsAction: asAdmin((w) => ({
    organizationId: w.org.id,
    file: new File([`email,status,date\n${w.users.learner.email},withdrawn,2026-03-02\n`], "statuses.csv", { type: "text/csv" }),
  })),
  addOutcomeRecordAction: asAdmin((w) => ({
    enrollmentId: w.enrollment.id,
    kind: "EMPLOYED",
    employer: "Lakeshore Health",
    startedOn: "2026-06-01",
    field: "IN_FIELD",
    source: "EMPLOYER_VERIFICATION",
    note: "Call with the practice manager",
  })),
  addCredentialResultAction: asAdmin((w) => ({
    enrollmentId: w.enrollment.id,
    credentialCode: "CPC",
    takenOn: "2026-05-01",
    result: "PASSED",
    source: "STAFF_DOCUMENT",
    note: "Score report seen",
  })),
  reviewEvidenceAction: asAdmin(async (w) => {
    const o = await db.outcomeRecord.create({
      data: {
        enrollmentId: w.enrollment.id,
        kind: "EMPLOYED",
        recordedOn: new Date("2026-06-02"),
        source: "SELF_REPORT",
        recordedByName: "Learner (self-report)",
      },
    });
    return { type: "outcome", recordId: o.id, decision: "VERIFIED" };
  }),
  setPublicOutcomesAction: asAdmin((w) => ({ organizationId: w.org.id, standard: "ABHES", minCell: "10" })),
};
