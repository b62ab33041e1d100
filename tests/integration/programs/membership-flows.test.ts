// Invitations, join codes, consent and leaving a cohort, against real Postgres.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  acceptInvitation,
  createAccountFromInvitation,
  joinWithCode,
  leaveCohort,
  previewInvitation,
} from "@/lib/data/programs/invitations";
import { inviteStaff } from "@/lib/data/programs/staff";
import { inviteLearner, commitLearnerImport, previewLearnerImport } from "@/lib/data/programs/learner-import";
import { openLearnerForStaff, getMyPrivacy } from "@/lib/data/programs/learner-view";
import { staffAccessToLearner } from "@/lib/data/access";
import { actorFor, createUser } from "../../support/factories";
import { programWorld } from "../../support/program-world";

async function tokenSentTo(email: string): Promise<string> {
  const mail = await db.emailOutbox.findFirstOrThrow({ where: { toAddress: email }, orderBy: { createdAt: "desc" } });
  return mail.textBody.match(/invite\?token=([A-Za-z0-9_-]{43})/)![1]!;
}

describe("invitations", () => {
  it("a learner invitation is single use, bound to its email, and requires consent", async () => {
    const w = await programWorld();
    await inviteLearner(w.actors.admin, w.otherCohort.id, { email: "newbie@example.test", firstName: "Nia" });
    const token = await tokenSentTo("newbie@example.test");
    expect(await db.invitation.findFirstOrThrow({ select: { tokenHash: true } })).not.toMatchObject({ tokenHash: token });
    expect(await previewInvitation(token)).toMatchObject({
      email: "newbie@example.test",
      role: "LEARNER",
      cohort: "Billing Evening",
      hasAccount: false,
    });

    await createAccountFromInvitation(token, { name: "Nia New", passwordHash: "x" });
    const nia = await db.user.findUniqueOrThrow({ where: { email: "newbie@example.test" } });
    const niaActor = actorFor(nia, ["learner"]);

    await expect(acceptInvitation(w.actors.otherLearner, token, true)).rejects.toThrow(/different email/);
    await expect(acceptInvitation(niaActor, token, false)).rejects.toMatchObject({ fieldErrors: { consent: expect.any(Array) } });
    expect(await db.cohortLearner.count({ where: { userId: nia.id } })).toBe(0);

    await acceptInvitation(niaActor, token, true);
    expect(await db.cohortLearner.findFirstOrThrow({ where: { userId: nia.id } })).toMatchObject({
      cohortId: w.otherCohort.id,
      leftAt: null,
    });
    await expect(acceptInvitation(niaActor, token, true)).rejects.toThrow(/invalid, expired or already used/);
  });

  it("expired and replayed invitations are rejected; staff invitations grant only their role", async () => {
    const w = await programWorld();
    await inviteStaff(w.actors.admin, w.org.id, { email: "coach@example.test", role: "ADVISOR" });
    const token = await tokenSentTo("coach@example.test");
    const coach = await createUser({ email: "coach@example.test", learner: false });
    await db.invitation.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(acceptInvitation(actorFor(coach, []), token, false)).rejects.toThrow(/expired/);
    await db.invitation.updateMany({ data: { expiresAt: new Date(Date.now() + 60_000) } });
    await acceptInvitation(actorFor(coach, []), token, false);
    expect(await db.membership.findFirstOrThrow({ where: { userId: coach.id } })).toMatchObject({
      role: "ADVISOR",
      organizationId: w.org.id,
    });
  });
});

describe("join codes and leaving", () => {
  it("joins with a code after consent; an archived cohort's code no longer works", async () => {
    const w = await programWorld();
    const joiner = actorFor(w.users.otherLearner, ["learner"]);
    await expect(joinWithCode(joiner, "abcd-efgh", false)).rejects.toMatchObject({ fieldErrors: { consent: expect.any(Array) } });
    await joinWithCode(joiner, " abcd-efgh ", true);
    expect(await db.cohortLearner.count({ where: { userId: w.users.otherLearner.id, cohortId: w.cohort.id } })).toBe(1);
    await db.cohort.update({ where: { id: w.cohort.id }, data: { archivedAt: new Date() } });
    await expect(joinWithCode(w.actors.learner, "ABCD-EFGH", true)).rejects.toMatchObject({ fieldErrors: { code: expect.any(Array) } });
  });

  it("leaving a cohort ends staff access at once and keeps the learner's data", async () => {
    const w = await programWorld();
    expect(await staffAccessToLearner(w.actors.advisor, w.users.learner.id)).toEqual([w.org.id]);
    await openLearnerForStaff(w.actors.advisor, w.users.learner.id);
    expect((await getMyPrivacy(w.actors.learner)).views.map((v) => v.actor?.name)).toEqual(["Avery Advisor"]);
    await leaveCohort(w.actors.learner, w.cohort.id);
    expect(await staffAccessToLearner(w.actors.advisor, w.users.learner.id)).toEqual([]);
    await expect(openLearnerForStaff(w.actors.advisor, w.users.learner.id)).rejects.toThrow();
    expect(await db.user.count({ where: { id: w.users.learner.id } })).toBe(1);
    await expect(leaveCohort(w.actors.learner, w.cohort.id)).rejects.toThrow();
  });
});

describe("bulk onboarding", () => {
  it("previews every row and commits all or nothing", async () => {
    const w = await programWorld();
    const good =
      "Email,First Name,Last Name,Cohort\r\nana@example.test,Ana,Ruiz,Coding Fall\r\nben@example.test,Ben,Ode,Billing Evening\r\n";
    const bad = good + "not-an-email,Cy,Lee,\r\nana@example.test,Ana,Again,\r\n";
    const preview = await previewLearnerImport(w.actors.admin, w.org.id, bad, null);
    expect(preview.rows.map((r) => r.status)).toEqual(["NEW", "NEW", "INVALID_EMAIL", "DUPLICATE_IN_FILE"]);
    await expect(commitLearnerImport(w.actors.admin, w.org.id, bad, null, "skip")).rejects.toThrow(/2 row\(s\) have errors/);
    expect(await db.invitation.count()).toBe(0);

    const withMember = good + `${w.users.learner.email},Lena,Learner,Coding Fall\r\n`;
    const totals = await commitLearnerImport(w.actors.admin, w.org.id, withMember, null, "skip");
    expect(totals).toEqual({
      invited: 2,
      resent: 0,
      skipped: 1,
      notSent: [],
      batchId: expect.stringMatching(new RegExp(`^${w.org.id}\\.`)),
    });
    // The result's batch is the two invitation emails, so the progress it shows is theirs.
    expect(await db.emailOutbox.count({ where: { batchId: totals.batchId } })).toBe(2);
    expect(await db.invitation.count()).toBe(2);
    expect(await db.emailOutbox.count({ where: { kind: "invitation" } })).toBe(2);
  });

  it("does not see cohorts of another organization", async () => {
    const w = await programWorld();
    const preview = await previewLearnerImport(
      w.actors.admin,
      w.org.id,
      "email,first name,last name,cohort\nx@example.test,X,Y,Lakeside Coders\n",
      null,
    );
    expect(preview.rows[0]!.status).toBe("UNKNOWN_COHORT");
  });
});
