// Follow-ups: dashboard summary (due today / overdue), .ics export, reminder emails (opt-in,
// idempotent, re-armed by a new date), and the activity report and funnel reads.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AccessDeniedError } from "@/lib/data/errors";
import { getJobHuntSummary } from "@/lib/data/job-hunt/dashboard-summary";
import { followUpsIcs, sendDueFollowUpReminders } from "@/lib/data/job-hunt/follow-ups";
import { setFollowUp } from "@/lib/data/job-hunt/applications";
import { setChecklistMark } from "@/lib/data/job-hunt/checklists";
import { getActivityReport } from "@/lib/data/job-hunt/report";
import { getFunnel } from "@/lib/data/job-hunt/funnel";
import { addDays, fromUtcDate, toUtcDate } from "@/lib/domain/dates";
import { actors, makeApplication } from "./support";

const today = fromUtcDate(new Date());
const day = (offset: number) => toUtcDate(addDays(today, offset));

describe("follow-ups", () => {
  let who: Awaited<ReturnType<typeof actors>>;
  beforeEach(async () => {
    who = await actors();
  });

  it("summarises due-today and overdue follow-ups and recent applications for the owner only", async () => {
    await makeApplication(who.owner.id, { company: "Overdue Co", stage: "APPLIED", followUpOn: day(-2) });
    await makeApplication(who.owner.id, { company: "Today Co", stage: "APPLIED", followUpOn: day(0) });
    await makeApplication(who.owner.id, { company: "Later Co", followUpOn: day(3) });
    await makeApplication(who.other.id, { company: "Not Mine", followUpOn: day(-1) });
    const s = await getJobHuntSummary(who.owner);
    expect(s.overdue.map((f) => f.company)).toEqual(["Overdue Co"]);
    expect(s.dueToday.map((f) => f.company)).toEqual(["Today Co"]);
    expect(s.stageCounts).toMatchObject({ APPLIED: 2, SAVED: 1 });
    expect(s.appliedRecently).toBe(2);
    await expect(getJobHuntSummary(who.advisor)).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it("exports open follow-ups as iCalendar events", async () => {
    await makeApplication(who.owner.id, { company: "Lakeshore, Inc.", followUpOn: day(1) });
    const ics = await followUpsIcs(who.owner);
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain(`DTSTART;VALUE=DATE:${addDays(today, 1).replace(/-/g, "")}`);
    expect(ics).toContain("SUMMARY:Follow up: Coder at Lakeshore\\, Inc.");
    expect(await followUpsIcs(who.other)).not.toContain("VEVENT");
  });

  it("emails opted-in learners once per due follow-up; a new date re-arms it", async () => {
    const app = await makeApplication(who.owner.id, { stage: "APPLIED", followUpOn: day(-1) });
    await makeApplication(who.other.id, { stage: "APPLIED", followUpOn: day(-1) });
    expect(await sendDueFollowUpReminders()).toBe(0); // nobody opted in
    await setChecklistMark(who.owner, "prefs", "follow-up-emails", true);
    expect(await sendDueFollowUpReminders()).toBe(1);
    expect(await sendDueFollowUpReminders()).toBe(0);
    const mail = await db.emailOutbox.findFirstOrThrow({ where: { kind: "follow-up-reminder" } });
    expect(mail.toAddress).toBe(who.owner.email);
    await setFollowUp(who.owner, app.id, today);
    expect(await sendDueFollowUpReminders()).toBe(1);
    expect(await db.emailOutbox.count({ where: { kind: "follow-up-reminder" } })).toBe(2);
  });

  it("reports a period's submissions, stage changes and follow-ups; funnel counts them", async () => {
    await makeApplication(who.owner.id, { stage: "APPLIED", daysAgo: 5, followUpOn: day(2) });
    await makeApplication(who.owner.id, { stage: "APPLIED", daysAgo: 60 });
    const report = await getActivityReport(who.owner, { from: addDays(today, -30), to: addDays(today, 7) });
    expect(report.submitted).toHaveLength(1);
    expect(report.followUps).toHaveLength(1);
    const funnel = await getFunnel(who.owner, { from: addDays(today, -30), to: today });
    expect(funnel).toMatchObject({ total: 1, applied: 1 });
    await expect(getActivityReport(who.advisor, { from: today, to: today })).rejects.toBeInstanceOf(AccessDeniedError);
  });
});
