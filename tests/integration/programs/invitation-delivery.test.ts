// What an admin sees of invitation emails after the queue took them: each invitation's latest
// email as queued → retrying (with the server's words) → delivered, or bounced with the reason;
// "Send again" queues a fresh one; a batch's progress counts add up, and only the program's own
// admins can read them (route: 401 signed out, 404 for anyone else and for a malformed id).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { fakeSmtp } from "../../support/fake-smtp";
import { programWorld } from "../../support/program-world";

const smtp = fakeSmtp();
const mail = vi.hoisted(() => ({ url: "" }));
vi.mock("@/lib/env", async (original) => {
  const real = await original<typeof import("@/lib/env")>();
  return { ...real, env: () => ({ ...real.env(), SMTP_URL: mail.url || undefined, DEMO_MODE: false }) };
});
const session = vi.hoisted(() => ({ actor: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: vi.fn(async () => session.actor) }));

const { sendInvitations } = await import("@/lib/data/programs/invitation-sending");
const { listInvitations, resendInvitation } = await import("@/lib/data/programs/invitation-admin");
const { batchProgress } = await import("@/lib/data/programs/delivery");
const { deliverEmail } = await import("@/lib/email/deliver");
const { NotFoundError, AccessDeniedError } = await import("@/lib/data/errors");
const route = await import("@/app/api/programs/[orgId]/deliveries/[batchId]/route");

beforeAll(async () => {
  mail.url = await smtp.start();
});
afterAll(() => smtp.stop());

async function deliverAll(ids: string[]) {
  for (const id of ids) await deliverEmail(id, false);
}
const byEmail = async (cohortId: string) => new Map((await listInvitations({ cohortId })).map((i) => [i.email, i]));
const outboxIds = async (batchId: string) => (await db.emailOutbox.findMany({ where: { batchId }, select: { id: true } })).map((r) => r.id);

async function get(actor: CurrentUser | null, orgId: string, batchId: string) {
  session.actor = actor;
  const response = await route.GET(new Request("http://test/"), { params: Promise.resolve({ orgId, batchId }) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("invitation delivery state", () => {
  it("shows queued, then delivered or bounced with the server's reason, and Send again queues a new email", async () => {
    const w = await programWorld();
    const sent = await sendInvitations(w.actors.admin, w.org.id, [
      { email: "ok-one@example.test", role: "LEARNER", cohortId: w.cohort.id, name: "One" },
      { email: "ok-two@example.test", role: "LEARNER", cohortId: w.cohort.id, name: "Two" },
      { email: "nobody@refused.test", role: "LEARNER", cohortId: w.cohort.id, name: "Nobody" },
    ]);
    expect(sent.batchId).toMatch(new RegExp(`^${w.org.id}\\.`));
    let rows = await byEmail(w.cohort.id);
    expect([...rows.values()].map((r) => r.delivery?.state)).toEqual(["queued", "queued", "queued"]);
    expect(await batchProgress(w.actors.admin, w.org.id, sent.batchId!)).toEqual({
      total: 3,
      waiting: 3,
      delivered: 0,
      failed: 0,
      bounced: 0,
    });

    await deliverAll(await outboxIds(sent.batchId!));
    rows = await byEmail(w.cohort.id);
    expect(rows.get("ok-one@example.test")!.delivery).toMatchObject({ state: "sent", reason: null });
    const bounced = rows.get("nobody@refused.test")!;
    expect(bounced.delivery).toMatchObject({ state: "bounced", attempts: 1 });
    expect(bounced.delivery!.reason).toMatch(/550|mailbox/i);
    expect(await batchProgress(w.actors.admin, w.org.id, sent.batchId!)).toEqual({
      total: 3,
      waiting: 0,
      delivered: 2,
      failed: 0,
      bounced: 1,
    });

    // Past the resend cooldown (lib/domain/invitation-limits.ts), as an admin coming back later.
    await db.invitation.update({ where: { id: bounced.id }, data: { lastSentAt: new Date(Date.now() - 3_600_000) } });
    await resendInvitation(w.actors.admin, bounced.id);
    expect((await byEmail(w.cohort.id)).get("nobody@refused.test")!.delivery).toMatchObject({ state: "queued", reason: null });
    // The first batch's record is history: it still says what happened to it.
    expect((await batchProgress(w.actors.admin, w.org.id, sent.batchId!)).bounced).toBe(1);
  });

  it("reads a temporary refusal as retrying, with the reason, until the server accepts", async () => {
    const w = await programWorld();
    const sent = await sendInvitations(w.actors.admin, w.org.id, [
      { email: "later@example.test", role: "LEARNER", cohortId: w.cohort.id, name: "Later" },
    ]);
    const [id] = await outboxIds(sent.batchId!);
    smtp.state.down = true;
    try {
      expect(await deliverEmail(id!, false)).toBe("retry");
    } finally {
      smtp.state.down = false;
    }
    const retrying = (await byEmail(w.cohort.id)).get("later@example.test")!.delivery!;
    expect(retrying).toMatchObject({ state: "retrying", attempts: 1 });
    expect(retrying.reason).toMatch(/try again later/i);
    expect((await batchProgress(w.actors.admin, w.org.id, sent.batchId!)).waiting).toBe(1);
    expect(await deliverEmail(id!, false)).toBe("sent");
    expect((await byEmail(w.cohort.id)).get("later@example.test")!.delivery).toMatchObject({ state: "sent", attempts: 2, reason: null });
  });
});

describe("batch progress access", () => {
  it("answers the program's admin and refuses everyone else without revealing the batch", async () => {
    const w = await programWorld();
    const sent = await sendInvitations(w.actors.admin, w.org.id, [
      { email: "someone@example.test", role: "LEARNER", cohortId: w.cohort.id, name: "Someone" },
    ]);
    const batchId = sent.batchId!;
    const ok = await get(w.actors.admin, w.org.id, batchId);
    expect(ok).toEqual({ status: 200, body: { total: 1, waiting: 1, delivered: 0, failed: 0, bounced: 0 } });

    await expect(batchProgress(w.actors.otherAdmin, w.org.id, batchId)).rejects.toBeInstanceOf(NotFoundError);
    // Their own program id with this program's batch: the batch is not theirs.
    await expect(batchProgress(w.actors.otherAdmin, w.otherOrg.id, batchId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(batchProgress(w.actors.advisor, w.org.id, batchId)).rejects.toBeInstanceOf(AccessDeniedError);

    expect((await get(null, w.org.id, batchId)).status).toBe(401);
    for (const [actor, org, batch] of [
      [w.actors.otherAdmin, w.otherOrg.id, batchId],
      [w.actors.advisor, w.org.id, batchId],
      [w.actors.learner, w.org.id, batchId],
      [w.actors.admin, w.org.id, `${w.org.id}.no-such-batch`],
      [w.actors.admin, w.org.id, "x".repeat(5_000)],
      [w.actors.admin, w.org.id, "../../etc"],
    ] as const) {
      const refused = await get(actor, org, batch);
      expect(refused.status).toBe(404);
      expect(refused.body).toEqual({ error: "Not found." });
    }
  });
});
