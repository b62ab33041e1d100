// The CSV and .ics download route handlers: 404 when signed out or without the learner role,
// the owner's own rows only otherwise.
import { describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { addDays, fromUtcDate, toUtcDate } from "@/lib/domain/dates";
import { actors, makeApplication } from "./support";

const session = vi.hoisted(() => ({ actor: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: vi.fn(async () => session.actor) }));

const exportRoute = await import("@/app/learner/applications/export/route");
const icsRoute = await import("@/app/learner/applications/follow-ups/route");

describe("download routes", () => {
  it("serve the owner's data and 404 for anyone else", async () => {
    const who = await actors();
    await makeApplication(who.owner.id, { company: "Owner Clinic", followUpOn: toUtcDate(addDays(fromUtcDate(new Date()), 2)) });
    await makeApplication(who.other.id, { company: "Other Clinic", followUpOn: toUtcDate(addDays(fromUtcDate(new Date()), 2)) });
    for (const actor of [null, who.advisor]) {
      session.actor = actor;
      expect((await exportRoute.GET()).status).toBe(404);
      expect((await icsRoute.GET()).status).toBe(404);
    }
    session.actor = who.owner;
    const csv = await exportRoute.GET();
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
    expect(csv.headers.get("content-disposition")).toMatch(/attachment; filename="chartpath-applications-/);
    const body = await csv.text();
    expect(body).toContain("Owner Clinic");
    expect(body).not.toContain("Other Clinic");
    const ics = await (await icsRoute.GET()).text();
    expect(ics).toContain("Owner Clinic");
    expect(ics).not.toContain("Other Clinic");
  });
});
