// The calendar subscription feed (issue 15 §4): a secret URL, stored hashed, that calendar
// apps poll without a session. Checked with an independent iCalendar parser (ical.js), the
// way Google Calendar, Apple Calendar and Outlook would read it.
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hashToken } from "@/lib/auth/tokens";
import { generateMyPlan, redateMilestone, setMilestoneStatus } from "@/lib/data/learner/plan";
import { scheduleExam } from "@/lib/data/learner/credential";
import { calendarFeedStatus, issueCalendarFeed, revokeCalendarFeed } from "@/lib/data/learner/calendar-feed";
import { AccessDeniedError } from "@/lib/data/errors";
import { changePassword, requestPasswordReset, resetPassword } from "@/lib/data/accounts";
import { CALENDAR_MAX_PER_KIND } from "@/lib/data/learner/calendar-events";
import { followUpsIcs } from "@/lib/data/job-hunt/follow-ups";
import { TEST_PASSWORD } from "../../support/factories";
import { journeyActors, readyForPlan } from "./support";

const { GET } = await import("@/app/calendar/[feed]/route");

const tokenOf = (httpsUrl: string) => httpsUrl.slice(httpsUrl.lastIndexOf("/") + 1);
const fetchFeed = (file: string) => GET(new Request(`http://test/calendar/${file}`), { params: Promise.resolve({ feed: file }) });
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

interface ParsedEvent {
  uid: string;
  summary: string;
  start: string;
}

async function parsedFeed(file: string) {
  const res = await fetchFeed(file);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
  const text = await res.text();
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events: ParsedEvent[] = calendar.getAllSubcomponents("vevent").map((v) => {
    const e = new ICAL.Event(v);
    // RFC 5545 §3.6.1: DTSTAMP and UID are required in every VEVENT.
    expect(v.getFirstPropertyValue("dtstamp")).toBeTruthy();
    return { uid: e.uid, summary: e.summary, start: e.startDate.toString() };
  });
  return { text, calendar, events };
}

async function followUp(userId: string, followUpOn: string, stage: "APPLIED" | "REJECTED" = "APPLIED") {
  return db.jobApplication.create({
    data: {
      userId,
      company: "Mercy Health",
      title: "Coding Specialist, Outpatient",
      roleType: "CODER",
      workMode: "REMOTE",
      source: "JOB_BOARD",
      stage,
      followUpOn: new Date(`${followUpOn}T00:00:00Z`),
    },
  });
}

describe("calendar subscription feed", () => {
  it("serves the learner's milestones, exam and follow-ups as valid iCalendar, and follows their changes", async () => {
    const { owner, other } = await journeyActors();
    await readyForPlan(owner.id);
    await generateMyPlan(owner);
    await scheduleExam(owner, "CPC", inDays(40));
    const open = await followUp(owner.id, inDays(3));
    await followUp(owner.id, inDays(4), "REJECTED"); // a closed application has nothing to follow up
    const otherApp = await followUp(other.id, inDays(5));

    const { httpsUrl, webcalUrl } = await issueCalendarFeed(owner);
    expect(webcalUrl).toBe(httpsUrl.replace(/^https?:/, "webcal:"));
    const file = tokenOf(httpsUrl);
    const { calendar, events } = await parsedFeed(file);

    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(String(calendar.getFirstPropertyValue("refresh-interval"))).toBe("PT1H");
    const milestones = await db.planMilestone.findMany({ where: { userId: owner.id }, orderBy: { dueDate: "asc" } });
    expect(events.filter((e) => e.uid.startsWith("milestone-"))).toHaveLength(milestones.length);
    expect(events).toContainEqual(expect.objectContaining({ summary: "CPC exam", start: inDays(40) }));
    expect(events).toContainEqual({
      uid: `follow-up-${open.id}@chartpath`,
      summary: "Follow up: Coding Specialist, Outpatient at Mercy Health",
      start: inDays(3),
    });
    expect(events.filter((e) => e.uid.startsWith("follow-up-"))).toHaveLength(1);
    expect(events.some((e) => e.uid.includes(otherApp.id))).toBe(false);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);

    // Changes show on the next poll under the same UIDs, so calendars move events, not copy them.
    const first = milestones[0]!;
    await redateMilestone(owner, first.id, inDays(9));
    await setMilestoneStatus(owner, milestones[1]!.id, "SKIPPED");
    await scheduleExam(owner, "CPC", inDays(50));
    const after = (await parsedFeed(file)).events;
    expect(after).toContainEqual(expect.objectContaining({ uid: `milestone-${first.id}@chartpath`, start: inDays(9) }));
    expect(after.some((e) => e.uid === `milestone-${milestones[1]!.id}@chartpath`)).toBe(false);
    const exams = after.filter((e) => e.summary === "CPC exam");
    expect(exams).toHaveLength(1);
    expect(exams[0]!.start).toBe(inDays(50));
    expect(exams[0]!.uid).toBe(events.find((e) => e.summary === "CPC exam")!.uid);
  });

  it("stores only the secret's hash; a new link retires the old one and turning it off retires both", async () => {
    const { owner } = await journeyActors();
    const first = tokenOf((await issueCalendarFeed(owner)).httpsUrl);
    const token = first.replace(/\.ics$/, "");
    const row = await db.calendarFeed.findUniqueOrThrow({ where: { userId: owner.id } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);

    expect((await fetchFeed(first)).status).toBe(200);
    expect((await calendarFeedStatus(owner))?.lastFetchedAt).toBeInstanceOf(Date);

    const second = tokenOf((await issueCalendarFeed(owner)).httpsUrl);
    expect(second).not.toBe(first);
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);
    expect(await db.calendarFeed.count({ where: { userId: owner.id } })).toBe(1);

    expect(await revokeCalendarFeed(owner)).toBe(true);
    expect((await fetchFeed(second)).status).toBe(404);
    expect(await calendarFeedStatus(owner)).toBeNull();
    expect(await revokeCalendarFeed(owner)).toBe(false);
  });

  it("answers 404 to anything but a live secret, without touching the database's feeds", async () => {
    const { owner } = await journeyActors();
    const live = tokenOf((await issueCalendarFeed(owner)).httpsUrl);
    const before = await db.calendarFeed.findMany();
    const guesses = [
      live.replace(/\.ics$/, ""), // the secret without the file name
      `${"A".repeat(43)}.ics`,
      "short.ics",
      `${live.slice(0, -5)}%.ics`,
      `${"x".repeat(5000)}.ics`,
      `${hashToken(live.replace(/\.ics$/, ""))}.ics`, // the stored hash is not a key
    ];
    for (const g of guesses) {
      const res = await fetchFeed(g);
      expect(res.status, g.slice(0, 60)).toBe(404);
      expect(await res.text()).toBe("Not found");
    }
    expect(await db.calendarFeed.findMany()).toEqual(before);
  });

  it("a password reset or change turns the link off (whoever made it with the old password loses it)", async () => {
    const { owner, other } = await journeyActors();
    const first = tokenOf((await issueCalendarFeed(owner)).httpsUrl);
    await changePassword(owner, TEST_PASSWORD, "a brand new passphrase 7");
    expect((await fetchFeed(first)).status).toBe(404);

    const second = tokenOf((await issueCalendarFeed(other)).httpsUrl);
    await requestPasswordReset(other.email, "192.0.2.77");
    const mail = await db.emailOutbox.findFirstOrThrow({ where: { toAddress: other.email, kind: "password-reset" } });
    const token = /reset-password\?token=([A-Za-z0-9_-]+)/.exec(mail.textBody)![1]!;
    await resetPassword(token, "another new passphrase 8");
    expect((await fetchFeed(second)).status).toBe(404);
    expect(await db.calendarFeed.count()).toBe(0);
  });

  it("stays small however many follow-ups: from 90 days ago to two years ahead, nearest first, capped per kind", async () => {
    const { owner } = await journeyActors();
    const base = {
      userId: owner.id,
      company: "Bulk",
      title: "Coder",
      roleType: "CODER",
      workMode: "REMOTE",
      source: "IMPORT",
      stage: "APPLIED" as const,
    };
    await db.jobApplication.createMany({
      data: [
        ...Array.from({ length: CALENDAR_MAX_PER_KIND + 20 }, (_, i) => ({
          ...base,
          followUpOn: new Date(`${inDays(1 + (i % 300))}T00:00:00Z`),
        })),
        { ...base, title: "Far future", followUpOn: new Date(`${inDays(3 * 365)}T00:00:00Z`) },
        { ...base, title: "End of time", followUpOn: new Date("9999-12-31T00:00:00Z") },
        { ...base, title: "Long past", followUpOn: new Date(`${inDays(-200)}T00:00:00Z`) },
      ],
    });
    const { events, text } = await parsedFeed(tokenOf((await issueCalendarFeed(owner)).httpsUrl));
    const followUps = events.filter((e) => e.uid.startsWith("follow-up-"));
    expect(followUps).toHaveLength(CALENDAR_MAX_PER_KIND);
    expect(followUps.every((e) => e.start >= inDays(1) && e.start <= inDays(300))).toBe(true);
    expect(text).not.toMatch(/Far future|End of time|Long past/);
    // The signed-in download is capped the same way but keeps far-off dates the learner chose.
    expect((await followUpsIcs(owner)).match(/BEGIN:VEVENT/g)).toHaveLength(CALENDAR_MAX_PER_KIND);
    const { other } = await journeyActors();
    await db.jobApplication.create({
      data: { ...base, userId: other.id, title: "Far future", followUpOn: new Date(`${inDays(4 * 365)}T00:00:00Z`) },
    });
    expect(await followUpsIcs(other)).toContain("Far future");
    expect((await parsedFeed(tokenOf((await issueCalendarFeed(other)).httpsUrl))).text).not.toContain("Far future");
  });

  it("is for learners: a staff-only account cannot issue one, and nothing is written", async () => {
    const { advisor } = await journeyActors();
    await expect(issueCalendarFeed(advisor)).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await db.calendarFeed.count({ where: { userId: advisor.id } })).toBe(0);
  });
});
