// Plan generation and regeneration: four phases of dated milestones; regenerating with a new
// route or start date keeps done, skipped and re-dated work (one transaction).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { generateMyPlan, getMyPlan, redateMilestone, setMilestoneStatus } from "@/lib/data/learner/plan";
import { journeyActors, journeySnapshot, readyForPlan } from "./support";

describe("plan data", () => {
  it("generates dated milestones from the profile and creates the credential goal", async () => {
    const { owner } = await journeyActors();
    await readyForPlan(owner.id);
    const plan = await generateMyPlan(owner);
    expect(plan.phases).toHaveLength(4);
    const stored = await getMyPlan(owner);
    expect(stored?.plan).toMatchObject({ credentialCode: "CPC", routeCode: "CC_CERTIFICATE", startDate: "2026-01-05" });
    expect(stored?.milestones.length).toBe(plan.milestones.length);
    expect(await db.credentialGoal.count({ where: { userId: owner.id, credentialCode: "CPC" } })).toBe(1);
  });

  it("explains what is missing when no path was chosen, writing nothing", async () => {
    const { owner } = await journeyActors();
    const before = await journeySnapshot();
    await expect(generateMyPlan(owner)).rejects.toThrow(/Choose your path/);
    expect(await journeySnapshot()).toBe(before);
  });

  it("regenerating keeps completed, skipped and re-dated milestones", async () => {
    const { owner } = await journeyActors();
    await readyForPlan(owner.id);
    await generateMyPlan(owner);
    const first = (await getMyPlan(owner))!.milestones;
    const [done, skipped, redated] = [first[0]!, first[1]!, first[2]!];
    await setMilestoneStatus(owner, done.id, "DONE");
    await setMilestoneStatus(owner, skipped.id, "SKIPPED");
    await redateMilestone(owner, redated.id, "2026-12-24");

    await generateMyPlan(owner, { routeCode: "AAS_HIT", startDate: "2026-02-02", weeklyHours: 8 });
    const after = (await getMyPlan(owner))!;
    expect(after.plan).toMatchObject({ routeCode: "AAS_HIT", startDate: "2026-02-02", weeklyHours: 8 });
    const byKey = new Map(after.milestones.map((m) => [m.key, m]));
    expect(byKey.get(done.key)).toMatchObject({ status: "DONE", dueDate: done.dueDate });
    expect(byKey.get(skipped.key)).toMatchObject({ status: "SKIPPED", dueDate: skipped.dueDate });
    expect(byKey.get(redated.key)?.customDueDate).toBe("2026-12-24");
    expect(byKey.get(redated.key)?.dueDate).not.toBe(redated.dueDate); // open: re-dated by the new plan
  });

  it("denies reads and writes to other callers; another learner cannot touch the owner's milestones", async () => {
    const { owner, other, advisor } = await journeyActors();
    await readyForPlan(owner.id);
    await generateMyPlan(owner);
    const m = (await getMyPlan(owner))!.milestones[0]!;
    const before = await journeySnapshot();
    await expect(setMilestoneStatus(other, m.id, "DONE")).rejects.toThrow(/not in your plan/);
    await expect(redateMilestone(other, m.id, "2027-01-01")).rejects.toThrow(/not in your plan/);
    await expect(generateMyPlan(advisor)).rejects.toThrow();
    await expect(getMyPlan(null)).rejects.toThrow();
    expect(await getMyPlan(other)).toBeNull();
    expect(await journeySnapshot()).toBe(before);
  });
});
