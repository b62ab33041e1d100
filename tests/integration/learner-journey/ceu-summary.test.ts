// CEU progress is read once (lib/data/learner/ceu-summary) for the dashboard and the credential
// page: a long CEU log gives the same earned total on both, summed over the whole cycle.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getLearnerDashboard } from "@/lib/data/learner/dashboard";
import { getCredentialLog } from "@/lib/data/learner/credential";
import { addDays, fromUtcDate, toUtcDate } from "@/lib/domain/dates";
import { journeyActors, readyForPlan } from "./support";

const today = fromUtcDate(new Date());

describe("CEU summary", () => {
  it("is the same on the dashboard and the credential page, however long the log", async () => {
    const { owner } = await journeyActors();
    await readyForPlan(owner.id);
    await db.credentialGoal.create({
      data: { userId: owner.id, credentialCode: "CPC", passedOn: toUtcDate(addDays(today, -300)), apprentice: false },
    });
    await db.ceuEntry.createMany({
      data: Array.from({ length: 250 }, (_, i) => ({
        userId: owner.id,
        body: "AAPC",
        ceus: 0.1,
        title: "t",
        earnedOn: toUtcDate(addDays(today, -(i % 200))),
      })),
    });
    const dashboard = await getLearnerDashboard(owner, today);
    const log = await getCredentialLog(owner, today);
    expect(dashboard.ceu[0]?.progress.earned).toBe(25);
    expect(log.ceu).toEqual(dashboard.ceu);
  });
});
