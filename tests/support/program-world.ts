// A small program world for access tests: two orgs, admins, advisors (assigned and not),
// learners in cohorts, and a learner of another org.
import { db } from "@/lib/db";
import { actorFor, createOrg, createUser } from "./factories";

export async function programWorld() {
  const org = await createOrg("Riverbend");
  const otherOrg = await createOrg("Lakeside");
  const cohort = await db.cohort.create({
    data: {
      organizationId: org.id,
      name: "Coding Fall",
      startDate: new Date("2026-01-05"),
      endDate: new Date("2026-09-30"),
      joinCode: "ABCD-EFGH",
      joinCodeEnabled: true,
    },
  });
  const otherCohort = await db.cohort.create({
    data: { organizationId: org.id, name: "Billing Evening", startDate: new Date("2026-02-01") },
  });
  const foreignCohort = await db.cohort.create({
    data: { organizationId: otherOrg.id, name: "Lakeside Coders", startDate: new Date("2026-01-05") },
  });
  const admin = await createUser({ name: "Ada Admin", learner: false });
  const otherAdmin = await createUser({ name: "Oscar Other", learner: false });
  const advisor = await createUser({ name: "Avery Advisor", learner: false });
  const unassigned = await createUser({ name: "Uma Unassigned", learner: false });
  const learner = await createUser({ name: "Lena Learner" });
  const otherLearner = await createUser({ name: "Olu Other" });
  await db.membership.createMany({
    data: [
      { organizationId: org.id, userId: admin.id, role: "ADMIN" },
      { organizationId: otherOrg.id, userId: otherAdmin.id, role: "ADMIN" },
      { organizationId: org.id, userId: advisor.id, role: "ADVISOR" },
      { organizationId: org.id, userId: unassigned.id, role: "ADVISOR" },
    ],
  });
  await db.cohortAdvisor.create({ data: { cohortId: cohort.id, userId: advisor.id } });
  await db.cohortLearner.create({ data: { cohortId: cohort.id, userId: learner.id, consentedAt: new Date() } });
  await db.cohortLearner.create({ data: { cohortId: foreignCohort.id, userId: otherLearner.id, consentedAt: new Date() } });
  const enrollment = await db.enrollment.create({
    data: { organizationId: org.id, cohortId: cohort.id, learnerId: learner.id, startedOn: new Date("2026-01-05") },
  });
  await db.enrollment.create({
    data: { organizationId: otherOrg.id, cohortId: foreignCohort.id, learnerId: otherLearner.id, startedOn: new Date("2026-01-05") },
  });
  return {
    enrollment,
    org,
    otherOrg,
    cohort,
    otherCohort,
    foreignCohort,
    users: { admin, otherAdmin, advisor, unassigned, learner, otherLearner },
    actors: {
      admin: actorFor(admin, ["admin"], { admin: [org.id] }),
      otherAdmin: actorFor(otherAdmin, ["admin"], { admin: [otherOrg.id] }),
      advisor: actorFor(advisor, ["advisor"], { advisor: [org.id] }),
      unassigned: actorFor(unassigned, ["advisor"], { advisor: [org.id] }),
      learner: actorFor(learner, ["learner"]),
      otherLearner: actorFor(otherLearner, ["learner"]),
    },
  };
}

/** Row counts of the tables program actions write, to prove denied calls wrote nothing. */
export async function programTableCounts() {
  const [orgs, memberships, cohorts, advisors, learners, invitations, notes, outbox] = await Promise.all([
    db.organization.count(),
    db.membership.count(),
    db.cohort.count(),
    db.cohortAdvisor.count(),
    db.cohortLearner.count(),
    db.invitation.count(),
    db.learnerNote.count(),
    db.emailOutbox.count(),
  ]);
  const cohortState = await db.cohort.findMany({
    select: { id: true, name: true, joinCode: true, joinCodeEnabled: true, archivedAt: true, endDate: true },
    orderBy: { id: "asc" },
  });
  const roles = await db.membership.findMany({ select: { id: true, role: true }, orderBy: { id: "asc" } });
  const [enrollments, changes, outcomeRecords, credentialResults] = await Promise.all([
    db.enrollment.findMany({ select: { id: true, status: true, version: true }, orderBy: { id: "asc" } }),
    db.enrollmentChange.count(),
    db.outcomeRecord.findMany({ select: { id: true, review: true }, orderBy: { id: "asc" } }),
    db.credentialResult.findMany({ select: { id: true, review: true }, orderBy: { id: "asc" } }),
  ]);
  return {
    orgs,
    memberships,
    cohorts,
    advisors,
    learners,
    invitations,
    notes,
    outbox,
    cohortState,
    roles,
    enrollments,
    changes,
    outcomeRecords,
    credentialResults,
  };
}
