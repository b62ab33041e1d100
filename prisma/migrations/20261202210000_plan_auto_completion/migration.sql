-- The plan follows events (issue 13; lib/domain/plan-events): a milestone completed because of
-- something the learner recorded says why and when, so it can be undone; undoing opts that
-- milestone out for good. planDueDate keeps the generated date while an event (a booked exam)
-- has moved dueDate, so removing the event restores it.
ALTER TABLE "PlanMilestone" ADD COLUMN "autoReason" TEXT;
ALTER TABLE "PlanMilestone" ADD COLUMN "autoCompletedAt" TIMESTAMPTZ(3);
ALTER TABLE "PlanMilestone" ADD COLUMN "autoOptOut" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "PlanMilestone" ADD COLUMN "planDueDate" DATE;
