// The .ics export is a read-only GET: 404 unless a learner is signed in; the owner's file
// lists their milestones and exam date and nothing of anyone else's.
import { describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { generateMyPlan } from "@/lib/data/learner/plan";
import { scheduleExam } from "@/lib/data/learner/credential";
import { journeyActors, readyForPlan } from "./support";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: vi.fn(async () => session.user) }));
const { GET } = await import("@/app/learner/plan/calendar/route");

describe("GET /learner/plan/calendar", () => {
  it("is 404 for anonymous and advisor-only callers, and the owner's calendar otherwise", async () => {
    const { owner, other, advisor } = await journeyActors();
    await readyForPlan(owner.id);
    await generateMyPlan(owner);
    const examDate = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await scheduleExam(owner, "CPC", examDate);
    for (const u of [null, advisor]) {
      session.user = u;
      expect((await GET()).status).toBe(404);
    }
    session.user = owner;
    const res = await GET();
    expect(res.headers.get("content-type")).toMatch(/text\/calendar/);
    const body = await res.text();
    expect(body).toContain("BEGIN:VCALENDAR");
    expect(body).toContain("SUMMARY:CPC exam");
    expect(body).toContain(`DTSTART;VALUE=DATE:${examDate.replaceAll("-", "")}`);
    expect(body).not.toContain("Target date: CPC exam"); // a booked exam replaces the plan's target date
    session.user = other;
    expect(await (await GET()).text()).not.toContain("VEVENT");
  });
});
