// The demo data goes through the plan's own rule (lib/domain/plan-events): a newcomer signed
// in as the demo learner sees the booked exam complete "Schedule the exam" automatically and
// "Sit the exam" dated on the booked day, never an overdue task that their records satisfy.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemo, DEMO_ACCOUNTS } from "../../../prisma/seed-demo";
import { fromUtcDate } from "@/lib/domain/dates";

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
});
