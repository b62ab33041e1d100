// Roster triage: each learner's risk tier and whether they need outreach come from the one rule
// (lib/domain/at-risk); a staff note counts as contact and shows at once (the roster cache is
// dropped), so the learner leaves the "need outreach this week" count.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getRoster } from "@/lib/data/programs/roster";
import { addLearnerNote } from "@/lib/data/programs/learner-view";
import { programWorld } from "../../support/program-world";

const today = new Date().toISOString().slice(0, 10);

describe("roster triage", () => {
  it("ranks by severity and clears outreach when an advisor writes a note", async () => {
    const w = await programWorld();
    // Joined two months ago and never active: no activity for 28+ days is urgent.
    await db.cohortLearner.updateMany({
      where: { userId: w.users.learner.id },
      data: { joinedAt: new Date(Date.now() - 60 * 86_400_000) },
    });
    const before = (await getRoster(w.actors.advisor, {}, today)).rows;
    expect(before).toHaveLength(1);
    expect(before[0]).toMatchObject({ tier: "HIGH", needsOutreach: true, lastContactedOn: null });
    expect(before[0]!.flags[0]).toMatchObject({ kind: "NO_ACTIVITY", severity: "HIGH" });

    await addLearnerNote(w.actors.advisor, {
      learnerId: w.users.learner.id,
      body: "Called; restarting next week.",
      visibility: "STAFF",
      confirmPhi: false,
    });
    const after = (await getRoster(w.actors.advisor, {}, today)).rows;
    expect(after[0]).toMatchObject({ tier: "HIGH", needsOutreach: false, lastContactedOn: today });
  });
});
