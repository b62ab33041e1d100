// Schema-valid inputs for the weekly email actions, each with an allowed caller: the generated
// access matrix (permission-matrix.test.ts) sends them.
import { db } from "@/lib/db";
import type { ActionFixture } from "../../support/action-matrix";
import { actorFor, createOrg, createUser } from "../../support/factories";

export const WEEKLY_EMAIL_FIXTURES: Record<string, ActionFixture> = {
  setAdvisorDigestAction: async () => {
    const user = await createUser({ learner: false });
    const org = await createOrg();
    await db.membership.create({ data: { organizationId: org.id, userId: user.id, role: "ADVISOR" } });
    return { actor: actorFor(user, ["advisor"], { advisor: [org.id] }), form: { enabled: "false" } };
  },
  setLearnerSummaryAction: async () => {
    const user = await createUser();
    return { actor: actorFor(user, ["learner"]), form: { enabled: "true" } };
  },
};
