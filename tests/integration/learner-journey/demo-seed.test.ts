// The demo data goes through the plan's own rule (lib/domain/plan-events): a newcomer signed
// in as the demo learner sees the booked exam complete "Schedule the exam" automatically and
// "Sit the exam" dated on the booked day, never an overdue task that their records satisfy.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemo, DEMO_ACCOUNTS } from "../../../prisma/seed-demo";
import { fromUtcDate } from "@/lib/domain/dates";
import { getOutcomes } from "@/lib/data/programs/outcomes";
import { getRoster } from "@/lib/data/programs/roster";
import { outcomeTrend } from "@/lib/domain/outcome-trend";
import { actorFor } from "../../support/factories";

describe("demo seed", () => {
  it("reconciles every demo plan with its learner's records", async () => {
    await seedDemo(process.env.DATABASE_URL!);
    const learner = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.users[0].email } });
    const goal = await db.credentialGoal.findFirstOrThrow({ where: { userId: learner.id, credentialCode: "CPC" } });
    const milestones = await db.planMilestone.findMany({ where: { userId: learner.id } });
    const byTemplate = (id: string) => milestones.find((m) => m.key.endsWith(`:${id}`));

    expect(byTemplate("schedule-exam")).toMatchObject({ status: "DONE", autoReason: expect.any(String) });
    const sit = byTemplate("sit-exam")!;
    expect(sit.status).toBe("OPEN");
    expect(fromUtcDate(sit.dueDate)).toBe(fromUtcDate(goal.examDate!));
    expect(byTemplate("baseline-exam")?.status).toBe("DONE");

    // Every plan in the demo is already what reconciling it again would make it.
    const before = await db.planMilestone.findMany({ orderBy: { id: "asc" } });
    await seedDemo(process.env.DATABASE_URL!);
    expect(await db.planMilestone.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  }, 60_000);

  it("gives the demo program's outcomes a trend: three archived past cohorts, off the roster", async () => {
    await seedDemo(process.env.DATABASE_URL!);
    const admin = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.users[2].email } });
    const org = await db.organization.findUniqueOrThrow({ where: { slug: "riverbend-cc" } });
    const rows = await getOutcomes(actorFor(admin, ["admin"], { admin: [org.id] }), org.id);
    const cohorts = rows.filter((r) => r.cohortId !== null);
    expect(cohorts).toHaveLength(5);
    const trend = outcomeTrend(cohorts.map((c) => ({ ...c, startDate: c.startDate! })));
    expect(trend.map((p) => p.label)).toEqual(["Q3 2024", "Q1 2025", "Q3 2025", "Q1 2026"]);
    // The three finished cohorts: 21 alumni, 18 sat the exam, 13 passed, 13 placed. This funnel
    // follows current Chartpath members, and Megan Sato (Fall 2024, failed) has since left
    // Chartpath; the program's enrollment record keeps her (prisma/seed/enrollments.ts).
    expect(trend.slice(0, 3).map((p) => [p.joined, p.attempted, p.passed, p.placed])).toEqual([
      [5, 4, 3, 3],
      [8, 7, 5, 5],
      [7, 6, 5, 5],
    ]);
    expect(await db.cohort.count({ where: { organizationId: org.id, archivedAt: { not: null } } })).toBe(3);
    // An admin's roster covers every active cohort of the program: the alumni are not on it.
    const roster = await getRoster(actorFor(admin, ["admin"], { admin: [org.id] }), {}, fromUtcDate(new Date()));
    const names = roster.cohorts.map((c) => c.name).sort();
    expect(names).toEqual([
      expect.stringMatching(/^Billing Certificate — (Winter|Spring|Summer|Fall) 20\d\d$/),
      "Coding Certificate — Spring 2026",
    ]);
    expect(roster.rows.map((r) => r.name)).not.toContain("Latoya Brooks");
  }, 60_000);
});
