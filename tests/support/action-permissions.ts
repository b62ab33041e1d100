// Which permission (lib/auth/permissions) guards each server action. The security tests
// fail when an action is missing here, so a new action cannot ship without a row.
import type { Permission } from "@/lib/auth/permissions";

export type ActionGuard = Permission | "public";

export const ACTION_PERMISSIONS: Record<string, ActionGuard> = {
  // Account (public forms; the data layer never reveals whether an address exists)
  signInAction: "public", signUpAction: "public", confirmSignUpAction: "public", requestPasswordResetAction: "public",
  resetPasswordAction: "public", signOutAction: "public", invitationSignUpAction: "public",
  changePasswordAction: "update:account:own",
  // Learner journey
  submitFitQuizAction: "public", saveOnboardingStepAction: "update:learner-profile:own", choosePathAction: "update:learner-profile:own",
  addShortlistedProgramAction: "update:shortlist:own", updateShortlistedProgramAction: "update:shortlist:own", deleteShortlistedProgramAction: "update:shortlist:own",
  generatePlanAction: "update:plan:own", setMilestoneStatusAction: "update:plan:own", redateMilestoneAction: "update:plan:own",
  logPracticeExamAction: "update:practice-log:own", deletePracticeExamAction: "update:practice-log:own",
  logStudySessionAction: "update:practice-log:own", deleteStudySessionAction: "update:practice-log:own",
  scheduleExamAction: "update:credential:own", recordExamAttemptAction: "update:credential:own", updateApprenticeAction: "update:credential:own",
  logCeuAction: "update:credential:own", deleteCeuAction: "update:credential:own", updateGrowthGoalAction: "update:growth-goals:own",
  // Job hunt
  saveResumeAction: "update:resume:own", setChecklistMarkAction: "update:checklist:own", analyzeMatchAction: "read:job-hunt:own",
  saveMatchAction: "update:application:own", createApplicationAction: "update:application:own", updateApplicationAction: "update:application:own",
  deleteApplicationAction: "update:application:own", moveApplicationStageAction: "update:application:own", setFollowUpAction: "update:application:own",
  addContactAction: "update:application:own", removeContactAction: "update:application:own", importApplicationsAction: "import:application:own",
  createPortfolioItemAction: "update:portfolio:own", deletePortfolioItemAction: "update:portfolio:own",
  // Programs and advisors
  createOrganizationAction: "create:organization:any", updateOrganizationAction: "update:organization:org",
  inviteStaffAction: "manage:staff:org", changeStaffRoleAction: "manage:staff:org", removeStaffAction: "manage:staff:org",
  createCohortAction: "manage:cohort:org", updateCohortAction: "manage:cohort:org", archiveCohortAction: "manage:cohort:org",
  setJoinCodeAction: "manage:cohort:org", assignAdvisorAction: "manage:cohort:org", inviteLearnerAction: "invite:learner:org",
  previewLearnerImportAction: "invite:learner:org", commitLearnerImportAction: "invite:learner:org",
  resendInvitationAction: "manage:invitation:org", revokeInvitationAction: "manage:invitation:org",
  addLearnerNoteAction: "create:learner-note:cohort", acceptInvitationAction: "accept:invitation:own", joinWithCodeAction: "join:cohort:own",
  leaveCohortAction: "leave:cohort:own", recordPlacementAction: "record:placement:own", deletePlacementAction: "record:placement:own",
};
