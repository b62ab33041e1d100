// Admins revoke and resend invitations. A revoked link stops working everywhere it is used;
// a resend replaces the link; answered invitations cannot be changed; nobody but the
// program's admins can do either, and a refused call changes nothing.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { acceptInvitation, createAccountFromInvitation, previewInvitation } from "@/lib/data/programs/invitations";
import { resendInvitation, revokeInvitation } from "@/lib/data/programs/invitation-admin";
import { inviteLearner } from "@/lib/data/programs/learner-import";
import { getCohortForAdmin } from "@/lib/data/programs/cohorts";
import { inviteStaff } from "@/lib/data/programs/staff";
import { getOrganizationOverview } from "@/lib/data/programs/organizations";
import { actorFor, createUser } from "../../support/factories";
import { programWorld } from "../../support/program-world";
import { invitationMail, sentMail, tokenIn } from "../../support/sent-mail";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user, requireUser: async () => session.user }));

const INVALID = /invalid, expired or already used/;
const later = (minutes: number) => vi.setSystemTime(new Date(Date.now() + minutes * 60_000));
const snapshot = async () => ({
  invitations: await db.invitation.findMany({
    select: { id: true, tokenHash: true, revokedAt: true, acceptedAt: true, expiresAt: true, lastSentAt: true, sendCount: true },
    orderBy: { id: "asc" },
  }),
  limits: await db.rateLimitWindow.findMany({ orderBy: { key: "asc" } }),
  mail: (await sentMail()).length,
});

async function invited() {
  const w = await programWorld();
  await inviteLearner(w.actors.admin, w.cohort.id, { email: "kim@example.test", firstName: "Kim" });
  const inv = await db.invitation.findFirstOrThrow({ select: { id: true } });
  return { w, inv, token: tokenIn((await invitationMail())[0]) };
}

beforeEach(() => {
  session.user = null;
  vi.useFakeTimers({ toFake: ["Date"] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("revoking", () => {
  it("a revoked link no longer previews, creates an account or joins; the admin sees it as revoked", async () => {
    const { w, inv, token } = await invited();
    await revokeInvitation(w.actors.admin, inv.id);
    expect(await previewInvitation(token)).toBeNull();
    await expect(createAccountFromInvitation(token, { name: "Kim", passwordHash: "x" })).rejects.toThrow(INVALID);
    const kim = await createUser({ email: "kim@example.test" });
    await expect(acceptInvitation(actorFor(kim, ["learner"]), token, true)).rejects.toThrow(INVALID);
    expect(await db.cohortLearner.count({ where: { userId: kim.id } })).toBe(0);
    expect((await getCohortForAdmin(w.actors.admin, w.cohort.id)).invitations).toMatchObject([{ id: inv.id, state: "revoked" }]);
  });

  it("accepted invitations cannot be revoked or resent, and nothing changes", async () => {
    const { w, inv, token } = await invited();
    const kim = await createUser({ email: "kim@example.test" });
    await acceptInvitation(actorFor(kim, ["learner"]), token, true);
    const before = await snapshot();
    await expect(revokeInvitation(w.actors.admin, inv.id)).rejects.toThrow("This invitation has already been accepted or revoked.");
    await expect(resendInvitation(w.actors.admin, inv.id)).rejects.toThrow("This invitation has already been accepted or revoked.");
    expect(await snapshot()).toEqual(before);
  });

  it("a revoke racing an acceptance never leaves an invitation both revoked and used (repeated)", async () => {
    const w = await programWorld();
    for (let round = 0; round < 8; round++) {
      await inviteLearner(w.actors.admin, w.cohort.id, { email: `r${round}@example.test`, firstName: "R" });
      const inv = await db.invitation.findFirstOrThrow({ where: { email: `r${round}@example.test` }, select: { id: true } });
      const learner = actorFor(await createUser({ email: `r${round}@example.test` }), ["learner"]);
      const [revoked, accepted] = await Promise.allSettled([
        revokeInvitation(w.actors.admin, inv.id),
        acceptInvitation(learner, tokenIn((await invitationMail()).at(-1)), true),
      ]);
      const row = await db.invitation.findUniqueOrThrow({ where: { id: inv.id } });
      expect([revoked.status, accepted.status].sort(), `round ${round}`).toEqual(["fulfilled", "rejected"]);
      expect(!!row.revokedAt !== !!row.acceptedAt, `round ${round}`).toBe(true);
      expect(await db.cohortLearner.count({ where: { userId: learner.id } })).toBe(row.acceptedAt ? 1 : 0);
    }
  });
});

describe("resending", () => {
  it("sends a new link (the old one stops working), records when, and keeps the cooldown", async () => {
    const { w, inv, token } = await invited();
    await expect(resendInvitation(w.actors.admin, inv.id)).rejects.toThrow(/sent a few minutes ago/);
    later(6);
    await resendInvitation(w.actors.admin, inv.id);
    expect(await previewInvitation(token)).toBeNull();
    expect(await previewInvitation(tokenIn((await invitationMail())[1]))).toMatchObject({ email: "kim@example.test" });
    expect(await db.invitation.findUniqueOrThrow({ where: { id: inv.id } })).toMatchObject({ sendCount: 2, lastSentAt: new Date() });
  });

  it("an expired staff invitation is sent again as the same invitation, pending once more", async () => {
    const w = await programWorld();
    await inviteStaff(w.actors.admin, w.org.id, { email: "coach@example.test", role: "ADVISOR" });
    const inv = await db.invitation.findFirstOrThrow({ select: { id: true } });
    later(15 * 24 * 60);
    expect((await getOrganizationOverview(w.actors.admin, w.org.id)).invitations).toMatchObject([{ id: inv.id, state: "expired" }]);
    await resendInvitation(w.actors.admin, inv.id);
    expect(await db.invitation.count()).toBe(1);
    expect((await getOrganizationOverview(w.actors.admin, w.org.id)).invitations).toMatchObject([
      { id: inv.id, state: "pending", sendCount: 2 },
    ]);
  });
});

describe("who may revoke or resend", () => {
  it("another program's admin is refused as not found, people without the admin role as denied; nothing changes; the admin then succeeds", async () => {
    const { w, inv } = await invited();
    later(10); // past the cooldown: the admin's own resend below would succeed
    const invitee = actorFor(await createUser({ email: "kim@example.test" }), ["learner"]);
    const before = await snapshot();
    for (const [who, actor] of Object.entries({
      otherAdmin: w.actors.otherAdmin,
      advisor: w.actors.advisor,
      unassigned: w.actors.unassigned,
      learner: w.actors.learner,
      invitee,
    })) {
      const refusal = who === "otherAdmin" ? { name: "NotFoundError", message: "Not found." } : { name: "AccessDeniedError" };
      await expect(revokeInvitation(actor, inv.id), who).rejects.toMatchObject(refusal);
      await expect(resendInvitation(actor, inv.id), who).rejects.toMatchObject(refusal);
    }
    expect(await snapshot()).toEqual(before);
    await resendInvitation(w.actors.admin, inv.id);
    await revokeInvitation(w.actors.admin, inv.id);
    expect(await db.invitation.findUniqueOrThrow({ where: { id: inv.id } })).toMatchObject({ sendCount: 2, revokedAt: expect.any(Date) });
  });

  it("the actions refuse a missing or foreign session and a revoke without the confirmation tick", async () => {
    const { w, inv } = await invited();
    later(10);
    const { resendInvitationAction } = await import("@/lib/actions/programs/resend-invitation");
    const { revokeInvitationAction } = await import("@/lib/actions/programs/revoke-invitation");
    const form = (fields: Record<string, string>) => {
      const fd = new FormData();
      for (const [k, v] of Object.entries(fields)) fd.append(k, v);
      return fd;
    };
    const before = await snapshot();
    expect(await revokeInvitationAction({ status: "idle" }, form({ invitationId: inv.id, confirm: "on" }))).toMatchObject({
      status: "error",
      code: "unauthenticated",
    });
    session.user = w.actors.otherAdmin;
    expect(await resendInvitationAction({ status: "idle" }, form({ invitationId: inv.id }))).toMatchObject({
      status: "error",
      code: "not-found",
    });
    session.user = w.actors.advisor;
    expect(await resendInvitationAction({ status: "idle" }, form({ invitationId: inv.id }))).toMatchObject({
      status: "error",
      code: "forbidden",
    });
    session.user = w.actors.admin;
    expect(await revokeInvitationAction({ status: "idle" }, form({ invitationId: inv.id }))).toMatchObject({
      status: "error",
      code: "invalid",
      fieldErrors: { confirm: ["Tick the box to confirm"] },
    });
    expect(await snapshot()).toEqual(before);
    expect(await revokeInvitationAction({ status: "idle" }, form({ invitationId: inv.id, confirm: "on" }))).toMatchObject({
      status: "ok",
      data: { email: "kim@example.test" },
    });
  });
});
