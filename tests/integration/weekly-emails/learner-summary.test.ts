// The learner weekly summary (issue 15 §3): only for learners who turned it on; plan progress
// on the dashboard's scale, the next three open milestones and the follow-ups due this week;
// sent once per week however many times the job runs.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sendLearnerSummaries } from "@/lib/data/weekly-emails/learner-summary";
import { HANDLERS } from "@/lib/jobs/handlers";
import { addDays } from "@/lib/domain/dates";
import { weekEnd, weekOf } from "@/lib/domain/weekly-email";
import { createUser } from "../../support/factories";
import { sentMail } from "../../support/sent-mail";

const now = new Date();
const today = now.toISOString().slice(0, 10);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function section(text: string, heading: string): string[] {
  const block = text.split("\n\n").find((b) => b.startsWith(heading));
  return block ? block.split("\n").slice(1) : [];
}

async function learnerWithPlan(name: string) {
  const user = await createUser({ name });
  const milestone = (key: string, due: string, status: "OPEN" | "DONE" | "SKIPPED" = "OPEN") => ({
    userId: user.id,
    key,
    phase: "FOUNDATION",
    title: `Milestone ${key}`,
    description: "",
    kind: "task",
    dueDate: day(due),
    status,
  });
  await db.planMilestone.createMany({
    data: [
      milestone("a", addDays(today, -20), "DONE"),
      milestone("b", addDays(today, -3)),
      milestone("c", addDays(today, 4)),
      milestone("d", addDays(today, 10)),
      milestone("e", addDays(today, 30)),
      milestone("f", addDays(today, -40), "SKIPPED"),
    ],
  });
  const app = (company: string, followUpOn: string, stage: "APPLIED" | "REJECTED" = "APPLIED") => ({
    userId: user.id,
    company,
    title: "Outpatient coder",
    roleType: "OUTPATIENT_CODER",
    workMode: "REMOTE",
    source: "job board",
    stage,
    followUpOn: day(followUpOn),
  });
  await db.jobApplication.createMany({
    data: [
      app("Overdue Health", addDays(today, -2)),
      app("Today Clinic", today),
      app("Later Hospital", addDays(weekEnd(weekOf(today)), 1)),
      app("Closed Billing", today, "REJECTED"),
    ],
  });
  return user;
}

const summaries = async () => (await sentMail()).filter((m) => m.kind === "learner-summary");

describe("learner weekly summary", () => {
  it("goes only to learners who turned it on, with progress, the next three actions and this week's follow-ups", async () => {
    const on = await learnerWithPlan("Olivia On");
    await learnerWithPlan("Dana Default");
    const off = await learnerWithPlan("Omar Off");
    await db.weeklyEmailPreference.createMany({
      data: [
        { userId: on.id, kind: "LEARNER_SUMMARY", enabled: true },
        { userId: off.id, kind: "LEARNER_SUMMARY", enabled: false },
      ],
    });
    expect(await sendLearnerSummaries(now)).toBe(1);
    const mail = await summaries();
    expect(mail.map((m) => m.to)).toEqual([on.email]);
    const text = mail[0]!.text;
    expect(text).toContain("Plan progress: 1 of 6 milestones done.");
    expect(section(text, "Your next actions:")).toEqual([
      `- Milestone b (due ${addDays(today, -3)}, overdue)`,
      `- Milestone c (due ${addDays(today, 4)})`,
      `- Milestone d (due ${addDays(today, 10)})`,
    ]);
    expect(section(text, "Follow-ups due this week:")).toEqual([
      `- Outpatient coder at Overdue Health (follow up ${addDays(today, -2)}, overdue)`,
      `- Outpatient coder at Today Clinic (follow up ${today})`,
    ]);
    expect(text).toMatch(/Turn it off on your account page: https?:\/\/[^\s]+\/account$/);
  });

  it("sends once a week however many times the job runs", async () => {
    const on = await learnerWithPlan("Olivia On");
    await db.weeklyEmailPreference.create({ data: { userId: on.id, kind: "LEARNER_SUMMARY", enabled: true } });
    const counts = await Promise.all([sendLearnerSummaries(now), sendLearnerSummaries(now)]);
    expect(counts.sort()).toEqual([0, 1]);
    await HANDLERS.learnerSummary!({}, { finalAttempt: false, log: () => {} });
    expect((await summaries()).map((m) => m.to)).toEqual([on.email]);
  });

  it("asks a learner without a plan to make one", async () => {
    const user = await createUser({ name: "Pat Planless" });
    await db.weeklyEmailPreference.create({ data: { userId: user.id, kind: "LEARNER_SUMMARY", enabled: true } });
    await sendLearnerSummaries(now);
    const text = (await summaries())[0]!.text;
    expect(text).toMatch(/You have no plan yet\. Make one: https?:\/\/[^\s]+\/learner\/plan/);
    expect(text).not.toContain("Your next actions:");
  });
});
