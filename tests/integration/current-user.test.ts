// Roles come from the database on every request; a stale session version means signed out.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createOrg, createUser } from "../support/factories";

const session = vi.hoisted(() => ({ value: null as unknown }));
vi.mock("@/lib/auth/auth", () => ({ auth: vi.fn(async () => session.value) }));
vi.mock("react", async (original) => ({ ...(await original<typeof import("react")>()), cache: <T>(fn: T) => fn }));

const { getCurrentUser } = await import("@/lib/auth/current-user");

describe("getCurrentUser", () => {
  beforeEach(() => {
    session.value = null;
  });

  it("is null without a session, and for a garbage one", async () => {
    expect(await getCurrentUser()).toBeNull();
    session.value = { user: {}, sv: 0 };
    expect(await getCurrentUser()).toBeNull();
  });

  it("reads roles from memberships, not from the token", async () => {
    const user = await createUser();
    const org = await createOrg();
    session.value = { user: { id: user.id }, sv: 0 };
    expect((await getCurrentUser())?.roles).toEqual(["user", "learner"]);
    await db.membership.create({ data: { organizationId: org.id, userId: user.id, role: "ADVISOR" } });
    expect(await getCurrentUser()).toMatchObject({ roles: ["user", "learner", "advisor"], advisorOrgIds: [org.id] });
    await db.membership.deleteMany({ where: { userId: user.id } });
    expect((await getCurrentUser())?.roles).toEqual(["user", "learner"]);
  });

  it("rejects a session whose version is stale (after sign-out or password change)", async () => {
    const user = await createUser();
    session.value = { user: { id: user.id }, sv: 0 };
    expect(await getCurrentUser()).not.toBeNull();
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await getCurrentUser()).toBeNull();
  });

  it("is null for a deleted user", async () => {
    const user = await createUser();
    session.value = { user: { id: user.id }, sv: 0 };
    await db.user.delete({ where: { id: user.id } });
    expect(await getCurrentUser()).toBeNull();
  });
});
