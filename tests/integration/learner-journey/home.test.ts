// The learner home page's one-statement read returns exactly what the three reads it combines
// return on their own (dashboard, job-hunt summary, shared notes), in a constant number of
// statements, and only to a learner.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { countQueries } from "../../support/count-queries";
import { AccessDeniedError } from "@/lib/data/errors";
import { getLearnerHome } from "@/lib/data/learner/home";
import { getLearnerDashboard } from "@/lib/data/learner/dashboard";
import { generateMyPlan } from "@/lib/data/learner/plan";
import { getJobHuntSummary } from "@/lib/data/job-hunt/dashboard-summary";
import { getSharedNotesForMe } from "@/lib/data/programs/learner-view";
import { addDays, fromUtcDate, toUtcDate } from "@/lib/domain/dates";
import { createOrg, createUser } from "../../support/factories";
import { journeyActors, readyForPlan } from "./support";

const now = new Date();
const today = fromUtcDate(now);

async function history(userId: string, n: number, orgId: string, authorId: string) {
  await db.practiceExam.createMany({
    data: Array.from({ length: n }, (_, i) => ({
      userId,
      credentialCode: "CPC",
      questions: 100,
      correct: 55 + (i % 30),
      minutes: 240,
      takenOn: toUtcDate(addDays(today, -(i % 300))),
    })),
  });
  await db.studySession.createMany({
    data: Array.from({ length: n }, (_, i) => ({ userId, minutes: 60, topic: "t", studiedOn: toUtcDate(addDays(today, -(i % 50))) })),
  });
  await db.examAttempt.create({ data: { userId, credentialCode: "CPC", takenOn: toUtcDate(today), result: "PASSED" } });
  await db.credentialGoal.update({
    where: { userId_credentialCode: { userId, credentialCode: "CPC" } },
    data: { passedOn: toUtcDate(addDays(today, -100)) },
  });
  await db.ceuEntry.createMany({
    data: Array.from({ length: n }, (_, i) => ({
      userId,
      body: "AAPC",
      ceus: 0.5,
      title: "t",
      earnedOn: toUtcDate(addDays(today, -(i % 90))),
    })),
  });
  const stages = ["SAVED", "APPLIED", "INTERVIEWING", "REJECTED"] as const;
  await db.jobApplication.createMany({
    data: Array.from({ length: n }, (_, i) => ({
      userId,
      company: `Clinic ${i}`,
      title: "Coder I",
      roleType: "CODER",
      workMode: "REMOTE",
      source: "Indeed",
      stage: stages[i % stages.length]!,
      appliedOn: toUtcDate(addDays(today, -(i % 40))),
      followUpOn: toUtcDate(addDays(today, (i % 7) - 3)),
    })),
  });
  await db.learnerNote.createMany({
    data: Array.from({ length: n }, (_, i) => ({
      organizationId: orgId,
      learnerId: userId,
      authorId: i % 2 ? authorId : null,
      visibility: i % 3 ? ("SHARED" as const) : ("STAFF" as const),
      body: `Note ${i}`,
      createdAt: new Date(now.getTime() - i * 60_000),
    })),
  });
}

describe("learner home read", () => {
  it("matches the dashboard, job-hunt summary and shared notes read separately, in the same statements at any size", async () => {
    const { owner, other } = await journeyActors();
    const org = await createOrg();
    const author = await createUser({ name: "Advisor Author", learner: false });
    for (const actor of [owner, other]) {
      await readyForPlan(actor.id, { startDate: toUtcDate(addDays(today, -240)) });
      await generateMyPlan(actor);
    }
    await history(owner.id, 2, org.id, author.id);
    await history(other.id, 120, org.id, author.id);
    for (const actor of [owner, other]) {
      const home = await getLearnerHome(actor, today);
      expect(home).toEqual({
        dashboard: await getLearnerDashboard(actor, today),
        jobHunt: await getJobHuntSummary(actor, now),
        sharedNotes: await getSharedNotesForMe(actor),
      });
    }
    const large = await getLearnerHome(other, today);
    expect(large.sharedNotes).toHaveLength(3);
    expect(large.sharedNotes[0]).toMatchObject({ body: "Note 1", author: { name: "Advisor Author" }, organization: { name: org.name } });
    expect(large.jobHunt.total).toBe(120);
    expect(large.jobHunt.overdue.length).toBeGreaterThan(0);
    const small = await countQueries(() => getLearnerHome(owner, today));
    const big = await countQueries(() => getLearnerHome(other, today));
    expect([small.queries, big.queries]).toEqual([2, 2]); // one statement, plus CEUs once a credential is passed
  });

  it("is for learners only", async () => {
    const { advisor } = await journeyActors();
    await expect(getLearnerHome(advisor, today)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(getLearnerHome(null, today)).rejects.toBeInstanceOf(AccessDeniedError);
  });
});
