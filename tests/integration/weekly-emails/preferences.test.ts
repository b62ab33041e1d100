// The account page's weekly email choices: each role sees only its own email, on its default
// until chosen, and a choice is what the weekly jobs read.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getWeeklyEmailChoices, setWeeklyEmailChoice } from "@/lib/data/weekly-emails/preferences";
import { AccessDeniedError } from "@/lib/data/errors";
import { actorFor, createOrg, createUser } from "../../support/factories";

async function advisorLearner() {
  const user = await createUser();
  const org = await createOrg();
  await db.membership.create({ data: { organizationId: org.id, userId: user.id, role: "ADVISOR" } });
  return actorFor(user, ["learner", "advisor"], { advisor: [org.id] });
}

describe("weekly email choices", () => {
  it("shows the digest on and the summary off by default, and keeps a choice", async () => {
    const actor = await advisorLearner();
    expect(await getWeeklyEmailChoices(actor)).toEqual([
      { kind: "ADVISOR_DIGEST", enabled: true },
      { kind: "LEARNER_SUMMARY", enabled: false },
    ]);
    await setWeeklyEmailChoice(actor, "ADVISOR_DIGEST", false);
    await setWeeklyEmailChoice(actor, "LEARNER_SUMMARY", true);
    await setWeeklyEmailChoice(actor, "LEARNER_SUMMARY", true);
    expect(await getWeeklyEmailChoices(actor)).toEqual([
      { kind: "ADVISOR_DIGEST", enabled: false },
      { kind: "LEARNER_SUMMARY", enabled: true },
    ]);
    expect(await db.weeklyEmailPreference.count()).toBe(2);
  });

  it("offers each role only its own email and refuses the other", async () => {
    const learner = actorFor(await createUser(), ["learner"]);
    expect((await getWeeklyEmailChoices(learner)).map((c) => c.kind)).toEqual(["LEARNER_SUMMARY"]);
    await expect(setWeeklyEmailChoice(learner, "ADVISOR_DIGEST", false)).rejects.toBeInstanceOf(AccessDeniedError);
    const nobody = actorFor(await createUser({ learner: false }), []);
    expect(await getWeeklyEmailChoices(nobody)).toEqual([]);
    expect(await db.weeklyEmailPreference.count()).toBe(0);
  });
});

describe("the account page's weekly emails card", () => {
  it("shows an advisor who is also a learner both toggles in their state, and nothing to someone with neither role", async () => {
    const { renderToStaticMarkup } = await import("react-dom/server");
    const { WeeklyEmailPreferences } = await import("@/lib/ui/account/weekly-email-preferences");
    const actor = await advisorLearner();
    await setWeeklyEmailChoice(actor, "LEARNER_SUMMARY", true);
    await setWeeklyEmailChoice(actor, "ADVISOR_DIGEST", false);
    const html = renderToStaticMarkup((await WeeklyEmailPreferences({ user: actor }))!);
    expect(html).toContain("Weekly emails");
    expect(html).toContain('aria-label="Turn on: Weekly digest"');
    expect(html).toContain('aria-label="Turn off: Weekly summary"');
    expect(await WeeklyEmailPreferences({ user: actorFor(await createUser({ learner: false }), []) })).toBeNull();
  });
});
