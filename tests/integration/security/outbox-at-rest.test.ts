// No usable secret at rest (issue 12, QUALITY 26–27): outside demo mode a database reader finds
// no working reset, sign-up or invitation link, old outbox rows are purged, production refuses
// to start without a mail transport, and the demo outbox answers only this machine.
import { spawnSync } from "node:child_process";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { allowConsoleError } from "../../support/console-error-trap";
import { db } from "@/lib/db";
import { hashToken } from "@/lib/auth/tokens";
import { confirmSignUp, isResetTokenUsable, requestPasswordReset, requestSignUp } from "@/lib/data/accounts";
import { sendInvitations } from "@/lib/data/programs/invitation-sending";
import { listOutbox } from "@/lib/data/outbox";
import { sendEmail, OUTBOX_RETENTION_DAYS } from "@/lib/email/send-email";
import { deliverEmail } from "@/lib/email/deliver";
import { purgeExpired } from "@/lib/data/maintenance";
import { actorFor, createOrg, createUser } from "../../support/factories";

const mode = vi.hoisted(() => ({ demo: false }));
vi.mock("@/lib/env", async (original) => {
  const real = await original<typeof import("@/lib/env")>();
  return { ...real, env: () => ({ ...real.env(), DEMO_MODE: mode.demo }), outboxPageEnabled: () => mode.demo };
});
// Every token the app mints, as the recipient's mailbox would see it.
const minted = vi.hoisted(() => [] as string[]);
vi.mock("@/lib/auth/tokens", async (original) => {
  const real = await original<typeof import("@/lib/auth/tokens")>();
  return {
    ...real,
    generateToken: () => {
      const t = real.generateToken();
      minted.push(t.token);
      return t;
    },
  };
});

/** Every table's whole content as text, the job queue's included (query_to_xml serialises each table server-side). */
async function everythingStored(): Promise<string[]> {
  const rows = await db.$queryRaw<{ x: string }[]>`
    SELECT query_to_xml(format('SELECT * FROM %I.%I', schemaname, tablename), true, false, '')::text AS x
    FROM pg_tables WHERE schemaname IN ('public', 'pgboss') AND tablename <> '_prisma_migrations'`;
  return rows.map((r) => r.x);
}

/** Tries a string as each kind of link token; true if any of them would accept it. */
async function works(candidate: string): Promise<boolean> {
  if (await isResetTokenUsable(candidate)) return true;
  if (await db.invitation.findFirst({ where: { tokenHash: hashToken(candidate), acceptedAt: null, revokedAt: null } })) return true;
  return confirmSignUp(candidate, "a long passphrase").then(
    () => true,
    () => false,
  );
}

beforeEach(() => {
  mode.demo = false;
  minted.length = 0;
});

describe("outside demo mode, without SMTP", () => {
  it("stores no working reset, sign-up or invitation link anywhere", async () => {
    const admin = await createUser({ email: "admin@example.test", name: "Ada Admin" });
    const org = await createOrg("Riverbend");
    await db.membership.create({ data: { organizationId: org.id, userId: admin.id, role: "ADMIN" } });
    await createUser({ email: "member@example.test" });
    await requestPasswordReset("member@example.test", "192.0.2.1");
    await requestSignUp({ name: "Ana", email: "ana@example.test", password: "a long passphrase" }, "192.0.2.1");
    await sendInvitations(actorFor(admin, ["admin"], { admin: [org.id] }), org.id, [
      { email: "new@example.test", role: "LEARNER", cohortId: null },
    ]);
    expect(minted).toHaveLength(3);
    expect(await db.emailOutbox.count()).toBe(3);

    const stored = await everythingStored();
    for (const token of minted) expect(stored.some((row) => row.includes(token))).toBe(false);
    const candidates = new Set(stored.flatMap((row) => row.match(/[A-Za-z0-9_-]{43}/g) ?? []));
    for (const candidate of candidates) expect(await works(candidate), candidate).toBe(false);
    // The minted tokens themselves still work: the links were mailed, just not kept.
    expect(await isResetTokenUsable(minted[0]!)).toBe(true);
    const reset = await db.emailOutbox.findFirstOrThrow({ where: { toAddress: "member@example.test" } });
    expect(reset).toMatchObject({ kind: "password-reset", status: "QUEUED" });
    expect(reset.textBody).toContain("/reset-password?[removed: sent by email only]");
    // The queue holds only a reference to the sealed row, never the message.
    const payloads = await db.$queryRaw<{ data: string }[]>`SELECT data::text AS data FROM pgboss.job WHERE name = 'email-delivery'`;
    expect(payloads).toHaveLength(3);
    for (const p of payloads) expect(Object.keys(JSON.parse(p.data))).toEqual(["outboxId"]);

    // Delivered through the outbox transport, the sealed body is gone and the text stays redacted.
    await deliverEmail(reset.id, false);
    const delivered = await db.emailOutbox.findUniqueOrThrow({ where: { id: reset.id } });
    expect(delivered).toMatchObject({ status: "LOGGED", sealedBody: null });
    expect(delivered.textBody).toContain("/reset-password?[removed: sent by email only]");
  });

  it("the daily purge deletes delivered rows older than the retention period, never a queued one", async () => {
    const old = new Date(Date.now() - (OUTBOX_RETENTION_DAYS + 1) * 86_400_000);
    await db.emailOutbox.create({
      data: { toAddress: "old@example.test", subject: "s", textBody: "t", kind: "k", status: "LOGGED", createdAt: old },
    });
    await db.emailOutbox.create({
      data: {
        toAddress: "recent@example.test",
        subject: "s",
        textBody: "t",
        kind: "k",
        status: "LOGGED",
        createdAt: new Date(Date.now() - 86_400_000),
      },
    });
    await db.emailOutbox.create({
      data: { toAddress: "stuck@example.test", subject: "s", textBody: "t", kind: "k", status: "QUEUED", createdAt: old },
    });
    await sendEmail({ to: "now@example.test", subject: "Hi", text: "x", kind: "k" });
    await purgeExpired();
    expect((await db.emailOutbox.findMany({ orderBy: { createdAt: "asc" } })).map((r) => r.toAddress)).toEqual([
      "stuck@example.test",
      "recent@example.test",
      "now@example.test",
    ]);
  });
});

describe("the demo outbox", () => {
  const socket = (address: string, extra: Record<string, string> = {}) => new Headers({ "x-chartpath-socket-address": address, ...extra });

  it("keeps the whole message in demo mode, and shows it only to this machine", async () => {
    mode.demo = true;
    await sendEmail({ to: "demo@example.test", subject: "Link", text: `http://x.test/reset-password?token=${"a".repeat(43)}`, kind: "k" });
    expect((await listOutbox(socket("127.0.0.1")))[0]?.textBody).toContain("a".repeat(43));
    expect(await listOutbox(socket("::ffff:127.0.0.1", { "x-forwarded-for": "127.0.0.1" }))).toHaveLength(1);
    allowConsoleError(); // the request without a socket address warns the operator (once per process)
    for (const remote of [
      socket("192.0.2.10"),
      socket("127.0.0.1", { "x-forwarded-for": "198.51.100.3" }),
      socket("127.0.0.1", { forwarded: "for=198.51.100.3" }),
      socket("127.0.0.1", { "x-real-ip": "198.51.100.3" }),
      new Headers({ "x-forwarded-for": "127.0.0.1" }), // no socket address: not provably local
    ]) {
      await expect(listOutbox(remote)).rejects.toThrow(/not found/i);
    }
    expect(await db.emailOutbox.count()).toBe(1);
  });

  it("is off outside demo mode even from this machine", async () => {
    await expect(listOutbox(socket("127.0.0.1"))).rejects.toThrow(/not found/i);
  });
});

describe("production start", () => {
  it("refuses without SMTP_URL unless EMAIL_OUTBOX=allow, before touching the database", () => {
    const run = (extra: Record<string, string>) =>
      spawnSync("node_modules/.bin/tsx", ["scripts/start.ts"], {
        encoding: "utf8",
        timeout: 60_000,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          NODE_ENV: "production",
          DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none",
          AUTH_SECRET: "x".repeat(40),
          ...extra,
        },
      });
    const refused = run({});
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/SMTP_URL is required in production/);
    const allowed = run({ EMAIL_OUTBOX: "allow" });
    expect(allowed.stderr).not.toMatch(/SMTP_URL is required/); // got past the check, then failed to connect
    expect(allowed.status).toBe(1);
  });
});
