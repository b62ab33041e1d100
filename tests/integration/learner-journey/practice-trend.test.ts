// Two practice exams logged on the same day, 62% then 78%: every page that reads them shows a
// rising trend, because attempts are ordered by date and then by the time they were logged.
import { describe, expect, it } from "vitest";
import { getLearnerDashboard } from "@/lib/data/learner/dashboard";
import { getPracticeLogs, logPracticeExam } from "@/lib/data/learner/practice";
import { fromUtcDate } from "@/lib/domain/dates";
import { practiceTrend, readinessVerdict } from "@/lib/domain/practice-exams";
import { journeyActors, readyForPlan } from "./support";

const today = fromUtcDate(new Date());

describe("same-day practice exams", () => {
  it("62% then 78% on one day is rising on the dashboard and the practice page", async () => {
    const { owner } = await journeyActors();
    await readyForPlan(owner.id);
    for (const correct of [62, 78])
      await logPracticeExam(owner, { takenOn: today, credentialCode: "CPC", questions: 100, correct, minutes: 240 });

    const dashboard = await getLearnerDashboard(owner, today);
    expect(dashboard.trend.points.map((p) => p.scorePercent)).toEqual([62, 78]);
    expect(dashboard.trend.direction).toBe("UP");

    const logs = await getPracticeLogs(owner, today);
    const trend = practiceTrend(logs.exams, 10);
    expect(trend.points.map((p) => p.scorePercent)).toEqual([62, 78]);
    expect(trend.direction).toBe("UP");
    expect(readinessVerdict(logs.exams, "CPC", today).reasons.join(" ")).not.toContain("falling");
  });
});
