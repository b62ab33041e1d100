// GET /api/palette, the command palette's lazily fetched entries: 401 signed out, no-store,
// a learner's own applications only (never another learner's), programs only for their admins.
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { PALETTE_APPLICATION_LIMIT } from "@/lib/data/palette";
import { actorFor, createOrg, createUser } from "../support/factories";
import { actors, makeApplication } from "./job-hunt/support";

const session = vi.hoisted(() => ({ actor: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: vi.fn(async () => session.actor) }));

const route = await import("@/app/api/palette/route");

interface Body {
  applications: { id: string; company: string; title: string }[];
  programs: { id: string; name: string }[];
}

async function get(actor: CurrentUser | null) {
  session.actor = actor;
  const response = await route.GET();
  return { response, body: (await response.json()) as Body & { error?: string } };
}

describe("palette route", () => {
  it("answers 401 without a session", async () => {
    const { response, body } = await get(null);
    expect(response.status).toBe(401);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(body).not.toHaveProperty("applications");
  });

  it("lists only the learner's own applications", async () => {
    const who = await actors();
    const mine = await makeApplication(who.owner.id, { company: "Owner Clinic" });
    const theirs = await makeApplication(who.other.id, { company: "Other Clinic" });
    const { response, body } = await get(who.owner);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(body.applications).toEqual([{ id: mine.id, company: "Owner Clinic", title: "Coder" }]);
    expect(JSON.stringify(body)).not.toContain(theirs.id);
    expect(JSON.stringify(body)).not.toContain("Other Clinic");
    expect(body.programs).toEqual([]);

    const other = await get(who.other);
    expect(other.body.applications.map((a) => a.id)).toEqual([theirs.id]);
  });

  it("gives staff no applications, and admins only their own programs", async () => {
    const who = await actors();
    await makeApplication(who.owner.id, { company: "Owner Clinic" });
    expect((await get(who.advisor)).body).toEqual({ applications: [], programs: [] });

    const [mine, foreign] = [await createOrg("Mine Program"), await createOrg("Foreign Program")];
    const adminUser = await createUser({ learner: false });
    await db.membership.create({ data: { organizationId: mine.id, userId: adminUser.id, role: "ADMIN" } });
    const admin = actorFor(adminUser, ["admin"], { admin: [mine.id] });
    const { body } = await get(admin);
    expect(body).toEqual({ applications: [], programs: [{ id: mine.id, name: "Mine Program" }] });
    expect(JSON.stringify(body)).not.toContain(foreign.id);
  });

  it("is bounded however many applications a learner has", async () => {
    const who = await actors();
    await db.jobApplication.createMany({
      data: Array.from({ length: PALETTE_APPLICATION_LIMIT + 5 }, (_, i) => ({
        userId: who.owner.id,
        company: `Clinic ${i}`,
        title: "Coder",
        roleType: "MEDICAL_CODER",
        workMode: "ONSITE",
        source: "INDEED",
      })),
    });
    expect((await get(who.owner)).body.applications).toHaveLength(PALETTE_APPLICATION_LIMIT);
  });
});
