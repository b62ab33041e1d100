// The daily purge keeps weekly-email records bounded but never drops a person's newest one,
// which next week's digest compares with.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { purgeExpired, WEEKLY_EMAIL_RETENTION_DAYS } from "@/lib/data/maintenance";
import { createUser } from "../../support/factories";

const monday = (weeksAgo: number, now: Date) => {
  const d = new Date(now.getTime() - weeksAgo * 7 * 86_400_000);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return new Date(d.toISOString().slice(0, 10));
};

describe("purge of weekly-email records", () => {
  it("deletes records past the retention except each person's newest of each kind", async () => {
    const now = new Date();
    const active = await createUser({ name: "Active Advisor" });
    const lapsed = await createUser({ name: "Lapsed Advisor" });
    const week = (userId: string, weeksAgo: number, kind: "ADVISOR_DIGEST" | "LEARNER_SUMMARY" = "ADVISOR_DIGEST") => ({
      userId,
      kind,
      weekOf: monday(weeksAgo, now),
      snapshot: { flagged: [] },
    });
    const old = Math.ceil(WEEKLY_EMAIL_RETENTION_DAYS / 7) + 2;
    await db.weeklyEmail.createMany({
      data: [
        week(active.id, 0),
        week(active.id, 1),
        week(active.id, old),
        week(active.id, old + 1),
        week(lapsed.id, old + 5),
        week(lapsed.id, old + 6, "LEARNER_SUMMARY"),
      ],
    });
    const { weeklyEmails } = await purgeExpired(now);
    expect(weeklyEmails).toBe(2);
    const left = await db.weeklyEmail.findMany({
      orderBy: [{ userId: "asc" }, { weekOf: "desc" }],
      select: { userId: true, kind: true, weekOf: true },
    });
    expect(left).toEqual(
      expect.arrayContaining([
        { userId: active.id, kind: "ADVISOR_DIGEST", weekOf: monday(0, now) },
        { userId: active.id, kind: "ADVISOR_DIGEST", weekOf: monday(1, now) },
        { userId: lapsed.id, kind: "ADVISOR_DIGEST", weekOf: monday(old + 5, now) },
        { userId: lapsed.id, kind: "LEARNER_SUMMARY", weekOf: monday(old + 6, now) },
      ]),
    );
    expect(left).toHaveLength(4);
  });
});
