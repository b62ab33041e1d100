// The "who viewed my dashboard" log: opening the drill-down is recorded once per viewer per
// VIEW_DEDUPE_MINUTES, so re-rendering the page (after adding a note, a refresh) or many
// renders at once do not count as new views; a different viewer, or a later visit, does.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addLearnerNote, getMyPrivacy, openLearnerForStaff, VIEW_ACTION, VIEW_DEDUPE_MINUTES } from "@/lib/data/programs/learner-view";
import { programWorld } from "../../support/program-world";

const views = (learnerId: string) => db.auditLog.count({ where: { action: VIEW_ACTION, subjectUserId: learnerId } });

describe("dashboard view log", () => {
  it("a re-render after adding a note is not a second view", async () => {
    const w = await programWorld();
    await openLearnerForStaff(w.actors.advisor, w.users.learner.id);
    await addLearnerNote(w.actors.advisor, {
      learnerId: w.users.learner.id,
      body: "Great progress on E/M.",
      visibility: "SHARED",
      confirmPhi: false,
    });
    await openLearnerForStaff(w.actors.advisor, w.users.learner.id); // the page renders again after the POST
    expect(await views(w.users.learner.id)).toBe(1);
    expect((await getMyPrivacy(w.actors.learner)).views.map((v) => v.actor?.name)).toEqual(["Avery Advisor"]);
  });

  it("another viewer is logged separately, and the same viewer again once the window has passed", async () => {
    const w = await programWorld();
    await openLearnerForStaff(w.actors.advisor, w.users.learner.id);
    await openLearnerForStaff(w.actors.admin, w.users.learner.id);
    expect(await views(w.users.learner.id)).toBe(2);
    const earlier = new Date(Date.now() - (VIEW_DEDUPE_MINUTES + 1) * 60_000);
    await db.auditLog.updateMany({ where: { action: VIEW_ACTION, actorId: w.users.advisor.id }, data: { createdAt: earlier } });
    await openLearnerForStaff(w.actors.advisor, w.users.learner.id);
    expect(await views(w.users.learner.id)).toBe(3);
    expect((await getMyPrivacy(w.actors.learner)).views.map((v) => v.actor?.name)).toEqual(["Avery Advisor", "Ada Admin", "Avery Advisor"]);
  });

  it("concurrent renders by one viewer write exactly one row", async () => {
    const w = await programWorld();
    await Promise.all(Array.from({ length: 12 }, () => openLearnerForStaff(w.actors.advisor, w.users.learner.id)));
    expect(await views(w.users.learner.id)).toBe(1);
    const row = await db.auditLog.findFirstOrThrow({ where: { action: VIEW_ACTION } });
    expect(row).toMatchObject({ actorId: w.users.advisor.id, subjectUserId: w.users.learner.id, organizationId: w.org.id });
    expect(Math.abs(row.createdAt.getTime() - Date.now())).toBeLessThan(60_000); // stored as UTC, like Prisma's own writes
  });
});
