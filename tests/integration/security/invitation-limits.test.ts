// Invitation mail cannot be used as a free mailer: re-inviting a pending address resends it
// (spaced out, capped) instead of duplicating it, and mail per program, per inviter and per
// recipient address is limited in Postgres. Every refusal says why and changes nothing.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { acceptInvitation, previewInvitation } from "@/lib/data/programs/invitations";
import { commitLearnerImport, inviteLearner } from "@/lib/data/programs/learner-import";
import { inviteStaff } from "@/lib/data/programs/staff";
import { createOrganization } from "@/lib/data/programs/organizations";
import { actorFor, createUser } from "../../support/factories";
import { programWorld } from "../../support/program-world";
import { invitationMail, sentMail, tokenIn } from "../../support/sent-mail";

const later = (minutes: number) => vi.setSystemTime(new Date(Date.now() + minutes * 60_000));
const invitations = () => db.invitation.findMany({ orderBy: { id: "asc" } });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("re-inviting a pending address", () => {
  it("sends the same invitation again with a new link instead of creating a duplicate", async () => {
    const w = await programWorld();
    await inviteLearner(w.actors.admin, w.cohort.id, { email: "kim@example.test", firstName: "Kim" });
    const first = tokenIn((await invitationMail())[0]);
    later(6);
    await inviteLearner(w.actors.admin, w.cohort.id, { email: "kim@example.test", firstName: "Kim" });
    expect(await db.invitation.count()).toBe(1);
    expect(await invitationMail()).toHaveLength(2);
    const second = tokenIn((await invitationMail())[1]);
    expect(await previewInvitation(first)).toBeNull(); // only the newest email's link works
    expect(await previewInvitation(second)).toMatchObject({ email: "kim@example.test" });
  });

  it("refuses an immediate resend with the reason, and changes nothing", async () => {
    const w = await programWorld();
    await inviteStaff(w.actors.admin, w.org.id, { email: "coach@example.test", role: "ADVISOR" });
    const before = await invitations();
    await expect(inviteStaff(w.actors.admin, w.org.id, { email: "coach@example.test", role: "ADVISOR" })).rejects.toMatchObject({
      fieldErrors: { email: [expect.stringMatching(/^This invitation was sent a few minutes ago\. You can send it again after /)] },
    });
    expect(await invitations()).toEqual(before);
    expect(await invitationMail()).toHaveLength(1);
  });

  it("caps the sends of one invitation", async () => {
    const w = await programWorld();
    const program2 = await createOrganization(w.actors.admin, { name: "Second" });
    const admin = { ...w.actors.admin, adminOrgIds: [w.org.id, program2.id] };
    // The per-address limit (3 a day) would stop this first; the per-invitation cap holds across days.
    for (let i = 0; i < 5; i++) {
      await inviteStaff(admin, w.org.id, { email: "coach@example.test", role: "ADVISOR" });
      later(25 * 60);
    }
    await expect(inviteStaff(admin, w.org.id, { email: "coach@example.test", role: "ADVISOR" })).rejects.toThrow(
      /already been sent 5 times/,
    );
    expect(await db.invitation.count()).toBe(1);
    expect(await invitationMail()).toHaveLength(5);
  });

  it("two simultaneous invitations of one address make one invitation and one email", async () => {
    const w = await programWorld();
    const results = await Promise.allSettled(
      [0, 1, 2].map(() => inviteLearner(w.actors.admin, w.cohort.id, { email: "dup@example.test", firstName: "Dee" })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.invitation.count()).toBe(1);
    expect(await invitationMail()).toHaveLength(1);
  });
});

describe("mail limits", () => {
  it("one address gets at most 3 invitations a day however many programs invite it", async () => {
    const attacker = actorFor(await createUser({ learner: false }), []);
    const sent: string[] = [];
    for (let i = 0; i < 4; i++) {
      const program = await createOrganization(attacker, { name: `Program ${i}` });
      const admin = { ...attacker, roles: ["user" as const, "admin" as const], adminOrgIds: [program.id] };
      try {
        await inviteStaff(admin, program.id, { email: "victim@example.test", role: "ADMIN" });
        sent.push(program.id);
      } catch (e) {
        expect((e as Error).message).toMatch(/^This address cannot receive more invitations right now\. Try again after /);
      }
    }
    expect(sent).toHaveLength(3);
    expect(await invitationMail()).toHaveLength(3);
    expect(await db.invitation.count()).toBe(3);
    later(24 * 60 + 1); // the window ends: the address can be invited again
    const program = await createOrganization(attacker, { name: "Program later" });
    await inviteStaff({ ...attacker, roles: ["user", "admin"], adminOrgIds: [program.id] }, program.id, {
      email: "victim@example.test",
      role: "ADMIN",
    });
    expect(await invitationMail()).toHaveLength(4);
  });

  it("an import larger than the program's daily allowance is refused whole, saying what is left", async () => {
    const w = await programWorld();
    const csv =
      "email,first name,last name,cohort\n" + Array.from({ length: 2_001 }, (_, i) => `p${i}@example.test,P,Q,Coding Fall`).join("\n");
    await expect(commitLearnerImport(w.actors.admin, w.org.id, csv, null, "skip")).rejects.toThrow(
      "A program can send 2,000 invitations per 24 hours; this would send 2,001 and 2,000 are left until",
    );
    expect(await db.invitation.count()).toBe(0);
    expect(await sentMail()).toHaveLength(0);
  });

  it("the allowance is per program and per inviter, and a refused request uses none of it", async () => {
    const w = await programWorld();
    await db.rateLimitWindow.create({ data: { key: `invite:program:${w.org.id}`, used: 1_999, windowStart: new Date() } });
    const csv = (n: number, p = "a") =>
      "email,first name,last name,cohort\n" + Array.from({ length: n }, (_, i) => `${p}${i}@example.test,P,Q,Coding Fall`).join("\n");
    await expect(commitLearnerImport(w.actors.admin, w.org.id, csv(2), null, "skip")).rejects.toThrow(/this would send 2 and 1 are left/);
    expect(await db.rateLimitWindow.findUniqueOrThrow({ where: { key: `invite:program:${w.org.id}` } })).toMatchObject({ used: 1_999 });
    expect(await db.rateLimitWindow.count({ where: { key: { startsWith: "invite:address:" }, used: { gt: 0 } } })).toBe(0);
    await commitLearnerImport(w.actors.admin, w.org.id, csv(1), null, "skip");
    expect(await invitationMail()).toHaveLength(1);

    // The same person's second program does not get a fresh allowance for them.
    await db.rateLimitWindow.create({ data: { key: `invite:inviter:${w.users.otherAdmin.id}`, used: 2_000, windowStart: new Date() } });
    await expect(inviteStaff(w.actors.otherAdmin, w.otherOrg.id, { email: "x@example.test", role: "ADVISOR" })).rejects.toThrow(
      /^You can send 2,000 invitations per 24 hours; this would send 1 and 0 are left/,
    );
    expect(await invitationMail()).toHaveLength(1);
  });

  it("an import sends to everyone else and lists the addresses at their limit", async () => {
    const w = await programWorld();
    await db.rateLimitWindow.create({ data: { key: "invite:address:full@example.test", used: 3, windowStart: new Date() } });
    const result = await commitLearnerImport(
      w.actors.admin,
      w.org.id,
      "email,first name,last name,cohort\nfull@example.test,F,U,Coding Fall\nok@example.test,O,K,Coding Fall\n",
      null,
      "skip",
    );
    expect(result).toMatchObject({
      invited: 1,
      resent: 0,
      skipped: 1,
      notSent: [{ email: "full@example.test", reason: expect.stringMatching(/cannot receive more invitations/) }],
    });
    expect((await invitationMail()).map((m) => m.to)).toEqual(["ok@example.test"]);
  });

  it("a resent invitation is still accepted normally", async () => {
    const w = await programWorld();
    const kim = await createUser({ email: "kim@example.test" });
    await inviteLearner(w.actors.admin, w.cohort.id, { email: kim.email, firstName: "Kim" });
    later(10);
    await inviteLearner(w.actors.admin, w.cohort.id, { email: kim.email, firstName: "Kim" });
    await expect(acceptInvitation(actorFor(kim, ["learner"]), tokenIn((await invitationMail())[0]), true)).rejects.toThrow(
      /invalid, expired or already used/,
    );
    await acceptInvitation(actorFor(kim, ["learner"]), tokenIn((await invitationMail())[1]), true);
    expect(await db.cohortLearner.count({ where: { userId: kim.id, cohortId: w.cohort.id } })).toBe(1);
  });
});
