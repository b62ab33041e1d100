// The dated activity report for a period (for benefit agencies and programs): applications
// sent, every stage change and follow-ups — two queries, whatever the period.
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { addDays, toUtcDate } from "@/lib/domain/dates";
import { assertCan } from "@/lib/data/access";
import { isoOrNull } from "@/lib/data/dates";

export async function getActivityReport(actor: CurrentUser, period: { from: string; to: string }) {
  assertCan(actor, "read:job-hunt:own");
  const range = { gte: toUtcDate(period.from), lt: toUtcDate(addDays(period.to, 1)) };
  const [changes, followUps] = await Promise.all([
    db.applicationStageChange.findMany({
      where: { userId: actor.id, changedAt: range },
      select: {
        id: true,
        fromStage: true,
        toStage: true,
        changedAt: true,
        application: { select: { company: true, title: true, link: true, source: true } },
      },
      orderBy: [{ changedAt: "asc" }, { id: "asc" }],
    }),
    db.jobApplication.findMany({
      where: { userId: actor.id, followUpOn: range },
      select: { id: true, company: true, title: true, followUpOn: true, stage: true },
      orderBy: { followUpOn: "asc" },
    }),
  ]);
  const rows = changes.map((c) => ({
    id: c.id,
    on: isoOrNull(c.changedAt) ?? period.from,
    from: c.fromStage,
    to: c.toStage,
    ...c.application,
  }));
  return {
    period,
    submitted: rows.filter((r) => r.to === "APPLIED"),
    changes: rows,
    followUps: followUps.map((f) => ({ ...f, followUpOn: isoOrNull(f.followUpOn) ?? period.from })),
  };
}
