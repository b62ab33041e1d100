// The advisor weekly digest (issue 15 §3): one email per advisor over the cohorts they advise,
// with the roster's own flags compared with last week's snapshot; sent once however many times
// the job runs; none when turned off or when there is nothing new.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getRoster } from "@/lib/data/programs/roster";
import { sendAdvisorDigests } from "@/lib/data/weekly-emails/advisor-digest";
import { HANDLERS } from "@/lib/jobs/handlers";
import { addDays } from "@/lib/domain/dates";
import { weekOf } from "@/lib/domain/weekly-email";
import { programWorld } from "../../support/program-world";
import { createUser } from "../../support/factories";
import { sentMail } from "../../support/sent-mail";

const now = new Date();
const today = now.toISOString().slice(0, 10);
const week = weekOf(today);
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);

/** The "- " lines under a heading of the digest. */
function section(text: string, heading: string): string[] {
  const block = text.split("\n\n").find((b) => b.startsWith(heading));
  return block ? block.split("\n").slice(1) : [];
}

async function digestWorld() {
  const w = await programWorld();
  const join = async (name: string, cohortId: string, o: { joinedDaysAgo?: number; active?: boolean } = {}) => {
    const user = await createUser({ name });
    await db.cohortLearner.create({
      data: { cohortId, userId: user.id, consentedAt: now, joinedAt: daysAgo(o.joinedDaysAgo ?? 1) },
    });
    if (o.active) await db.user.update({ where: { id: user.id }, data: { lastActiveAt: now } });
    return user;
  };
  // Lena (the world's learner) joined two months ago and was never active: flagged HIGH, new this week.
  await db.cohortLearner.updateMany({ where: { userId: w.users.learner.id }, data: { joinedAt: daysAgo(60) } });
  const rita = await join("Rita Recovered", w.cohort.id, { active: true }); // flagged last week, fine now
  const sam = await join("Sam Still", w.cohort.id, { joinedDaysAgo: 20 }); // flagged both weeks
  const eve = await join("Eve Exam", w.cohort.id, { active: true }); // exam in 5 days
  await db.credentialGoal.create({ data: { userId: eve.id, credentialCode: "CPC", examDate: new Date(`${addDays(today, 5)}T00:00:00Z`) } });
  const nia = await join("Nia Notmine", w.otherCohort.id, { joinedDaysAgo: 60 }); // a cohort the advisor does not advise
  await db.cohortLearner.updateMany({ where: { userId: w.users.otherLearner.id }, data: { joinedAt: daysAgo(60) } });
  await db.weeklyEmail.create({
    data: {
      userId: w.users.advisor.id,
      kind: "ADVISOR_DIGEST",
      weekOf: new Date(`${addDays(week, -7)}T00:00:00Z`),
      snapshot: {
        flagged: [
          { id: rita.id, tier: "MEDIUM" },
          { id: sam.id, tier: "MEDIUM" },
          { id: eve.id, tier: "MEDIUM" },
          { id: w.users.otherLearner.id, tier: "HIGH" },
        ],
      },
    },
  });
  return { ...w, rita, sam, eve, nia };
}

const digests = async () => (await sentMail()).filter((m) => m.kind === "advisor-digest");

describe("advisor weekly digest", () => {
  it("sends one digest to the assigned advisor: newly at risk, recovered and upcoming exams from the roster's own flags", async () => {
    const w = await digestWorld();
    expect(await sendAdvisorDigests(now)).toBe(1);
    const mail = await digests();
    expect(mail.map((m) => m.to)).toEqual([w.users.advisor.email]);
    const text = mail[0]!.text;

    const roster = (await getRoster(w.actors.advisor, {}, today)).rows;
    const tierOf = (id: string) => roster.find((r) => r.id === id)?.tier;
    expect(tierOf(w.users.learner.id)).toBe("HIGH");
    expect(section(text, "Newly at risk:")).toEqual([
      expect.stringMatching(/^- Lena Learner \(Coding Fall\): high risk; no recent activity/),
    ]);
    expect(section(text, "Recovered")).toEqual(["- Rita Recovered (Coding Fall)"]);
    expect(section(text, "Exams in the next 14 days:")).toEqual([
      expect.stringMatching(new RegExp(`^- Eve Exam \\(Coding Fall\\): ${addDays(today, 5)}`)),
    ]);
    expect(text).toContain("2 learners flagged last week are still at risk.");
    expect(text).toMatch(/Open your roster: https?:\/\/[^\s]+\/advisor\n/);
    expect(text).toMatch(/Turn it off on your account page: https?:\/\/[^\s]+\/account$/);
    // Never a learner outside the advisor's cohorts, even one in last week's snapshot.
    for (const name of ["Nia Notmine", "Olu Other"]) expect(text).not.toContain(name);
    expect(mail[0]!.subject).toBe("Your Chartpath week: 1 learner newly at risk, 1 recovered, 1 exam coming up");

    // This week's snapshot is what the roster flags now.
    const row = await db.weeklyEmail.findFirstOrThrow({ where: { userId: w.users.advisor.id, weekOf: new Date(`${week}T00:00:00Z`) } });
    const flaggedNow = roster.filter((r) => r.tier !== "NONE").map((r) => r.id);
    expect((row.snapshot as { flagged: { id: string }[] }).flagged.map((f) => f.id).sort()).toEqual(flaggedNow.sort());
    expect(row.outboxId).not.toBeNull();
    // Unassigned advisors and admins get nothing.
    expect(await db.weeklyEmail.count({ where: { userId: { in: [w.users.unassigned.id, w.users.admin.id] } } })).toBe(0);
  });

  it("sends once however many times the job runs in a week, at once or after a retry", async () => {
    const w = await digestWorld();
    const counts = await Promise.all([sendAdvisorDigests(now), sendAdvisorDigests(now)]);
    expect(counts.sort()).toEqual([0, 1]);
    const log: string[] = [];
    await HANDLERS.advisorDigest!({}, { finalAttempt: false, log: (m) => log.push(m) });
    expect(log).toEqual(["0 advisor digest email(s) queued"]);
    expect((await digests()).map((m) => m.to)).toEqual([w.users.advisor.email]);
  });

  it("sends nothing to an advisor who turned the digest off", async () => {
    const w = await digestWorld();
    await db.weeklyEmailPreference.create({ data: { userId: w.users.advisor.id, kind: "ADVISOR_DIGEST", enabled: false } });
    expect(await sendAdvisorDigests(now)).toBe(0);
    expect(await digests()).toEqual([]);
  });

  it("sends nothing in a week with nothing new but records it, so next week compares with it", async () => {
    const w = await programWorld();
    await db.user.update({ where: { id: w.users.learner.id }, data: { lastActiveAt: now } });
    expect(await sendAdvisorDigests(now)).toBe(0);
    expect(await digests()).toEqual([]);
    const row = await db.weeklyEmail.findFirstOrThrow({ where: { userId: w.users.advisor.id } });
    expect(row).toMatchObject({ snapshot: { flagged: [] }, outboxId: null });
  });

  it("gives an advisor of two programs only the cohorts they advise, not a program they administer", async () => {
    const w = await digestWorld();
    // The advisor also administers the other program, whose learner is flagged.
    await db.membership.create({ data: { organizationId: w.otherOrg.id, userId: w.users.advisor.id, role: "ADMIN" } });
    await sendAdvisorDigests(now);
    const text = (await digests())[0]!.text;
    expect(text).toContain("Lena Learner");
    expect(text).not.toContain("Olu Other");
    expect(text).not.toContain("Nia Notmine");
  });
});
