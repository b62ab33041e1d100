// Demo data for the weekly emails (issue 15 §3): the demo learner has turned the weekly summary
// on, and the demo advisor has last week's digest on record, so the next Monday's digest (or a
// run of the job by hand) has both lists to show. Last week's snapshot is staged from the one
// state a seed can be sure of without the roster: learners idle for 14+ days now are certainly
// flagged, so they are left out of it and show as newly at risk; every other learner of the
// advisor's cohorts is in it, so whoever the roster finds on track now shows as recovered.
// Idempotent: nothing is changed once written.
import type { Db } from "../../lib/prisma-client";
import type { FoundationSeed } from "./types";
import { addDays } from "../../lib/domain/dates";
import { weekOf } from "../../lib/domain/weekly-email";

const IDLE_DAYS = 14;

export async function seedWeeklyEmails(db: Db, ctx: FoundationSeed) {
  await db.weeklyEmailPreference.upsert({
    where: { userId_kind: { userId: ctx.learner.id, kind: "LEARNER_SUMMARY" } },
    update: {},
    create: { userId: ctx.learner.id, kind: "LEARNER_SUMMARY", enabled: true },
  });

  const today = new Date().toISOString().slice(0, 10);
  const lastWeek = new Date(`${addDays(weekOf(today), -7)}T00:00:00Z`);
  const idleSince = new Date(`${addDays(today, -IDLE_DAYS)}T00:00:00Z`);
  const learners = await db.cohortLearner.findMany({
    where: { leftAt: null, cohort: { archivedAt: null, advisors: { some: { userId: ctx.advisor.id } } } },
    select: { userId: true, user: { select: { lastActiveAt: true } } },
  });
  const flaggedLastWeek = [...new Set(learners.filter((l) => l.user.lastActiveAt && l.user.lastActiveAt > idleSince).map((l) => l.userId))];
  await db.weeklyEmail.upsert({
    where: { userId_kind_weekOf: { userId: ctx.advisor.id, kind: "ADVISOR_DIGEST", weekOf: lastWeek } },
    update: {},
    create: {
      userId: ctx.advisor.id,
      kind: "ADVISOR_DIGEST",
      weekOf: lastWeek,
      snapshot: { flagged: flaggedLastWeek.map((id) => ({ id, tier: "MEDIUM" })) },
    },
  });
}
