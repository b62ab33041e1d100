// The dashboard loads in a fixed number of queries however long the history (counted with a
// Prisma query extension installed as the app's client), and says what to do first when empty.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { countQueries } from "../../support/count-queries";
import { getLearnerDashboard } from "@/lib/data/learner/dashboard";
import { generateMyPlan } from "@/lib/data/learner/plan";
import { addDays, fromUtcDate, toUtcDate } from "@/lib/domain/dates";
import { journeyActors, readyForPlan } from "./support";

const today = fromUtcDate(new Date());

async function history(userId: string, n: number) {
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
    data: { passedOn: toUtcDate(addDays(today, -100)), apprentice: true },
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
}

describe("learner dashboard", () => {
  it("uses the same number of queries for 1 and 200 rows of history", async () => {
    const { owner, other } = await journeyActors();
    for (const actor of [owner, other]) {
      await readyForPlan(actor.id, { startDate: toUtcDate(addDays(today, -240)) });
      await generateMyPlan(actor);
    }
    await history(owner.id, 1);
    await history(other.id, 200);
    const small = await countQueries(() => getLearnerDashboard(owner, today));
    const large = await countQueries(() => getLearnerDashboard(other, today));
    expect(small.queries).toBe(large.queries);
    expect(large.queries).toBe(2); // one statement for the dashboard, one for CEUs once passed
    expect(large.result.ceu[0]?.progress.earned).toBeGreaterThan(small.result.ceu[0]?.progress.earned ?? 0);
    expect(large.result.credential.status).toBe("PASSED_APPRENTICE");
  });

  it("an empty dashboard for a new learner says to choose a path first", async () => {
    const { owner, advisor } = await journeyActors();
    const d = await getLearnerDashboard(owner, today);
    expect(d).toMatchObject({ onboarded: false, hasPath: false, hasPlan: false, next: [], overdue: [] });
    expect(d.readiness.parts.find((p) => p.key === "plan")?.explanation).toMatch(/Generate your plan/);
    await expect(getLearnerDashboard(advisor)).rejects.toThrow();
    await expect(getLearnerDashboard(null)).rejects.toThrow();
  });
});
