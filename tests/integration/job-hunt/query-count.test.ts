// The board, the funnel, the dashboard summary and the export read in a fixed number of
// queries: the same count with 1 application as with 100 (counted by a Prisma extension).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { db } from "@/lib/db";
import { listApplications } from "@/lib/data/job-hunt/board";
import { getFunnel } from "@/lib/data/job-hunt/funnel";
import { getJobHuntSummary } from "@/lib/data/job-hunt/dashboard-summary";
import { applicationsCsv } from "@/lib/data/job-hunt/export";
import { getActivityReport } from "@/lib/data/job-hunt/report";
import { followUpsIcs } from "@/lib/data/job-hunt/follow-ups";
import { addDays, fromUtcDate } from "@/lib/domain/dates";
import { actors } from "./support";

const counter = { n: 0 };
const holder = globalThis as unknown as { chartpathDb?: unknown };
let original: unknown;

beforeAll(() => {
  original = holder.chartpathDb;
  const base = createPrismaClient(process.env.DATABASE_URL!, 2);
  holder.chartpathDb = base.$extends({
    query: {
      async $allOperations({ args, query }) {
        counter.n += 1;
        return query(args);
      },
    },
  });
});
afterAll(async () => {
  await (holder.chartpathDb as { $disconnect(): Promise<void> }).$disconnect();
  holder.chartpathDb = original;
});

async function seedApplications(userId: string, count: number) {
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.now() - (i % 50) * 86_400_000);
    await db.jobApplication.create({
      data: {
        userId,
        company: `Clinic ${i}`,
        title: "Coder",
        roleType: "MEDICAL_CODER",
        workMode: "REMOTE",
        source: "INDEED",
        stage: i % 3 === 0 ? "INTERVIEWING" : "APPLIED",
        stageChangedAt: day,
        appliedOn: day,
        followUpOn: day,
        history: {
          create: [
            { userId, toStage: "APPLIED", changedAt: day },
            ...(i % 3 === 0 ? [{ userId, fromStage: "APPLIED" as const, toStage: "INTERVIEWING" as const, changedAt: day }] : []),
          ],
        },
        contacts: { create: [{ name: "Pat", role: "RECRUITER" }] },
      },
    });
  }
}

async function queriesFor(fn: () => Promise<unknown>): Promise<number> {
  counter.n = 0;
  await fn();
  return counter.n;
}

describe("fixed query counts", () => {
  let who: Awaited<ReturnType<typeof actors>>;
  beforeEach(async () => {
    who = await actors();
  });

  it("board, funnel, summary, export, report and .ics: 1 vs 100 applications", async () => {
    const today = fromUtcDate(new Date());
    const period = { from: addDays(today, -90), to: today };
    const reads = {
      board: () => listApplications(who.owner),
      funnel: () => getFunnel(who.owner, period),
      summary: () => getJobHuntSummary(who.owner),
      export: () => applicationsCsv(who.owner),
      report: () => getActivityReport(who.owner, period),
      ics: () => followUpsIcs(who.owner),
    };
    await seedApplications(who.owner.id, 1);
    const small: Record<string, number> = {};
    for (const [k, fn] of Object.entries(reads)) small[k] = await queriesFor(fn);
    await seedApplications(who.owner.id, 99);
    const large: Record<string, number> = {};
    for (const [k, fn] of Object.entries(reads)) large[k] = await queriesFor(fn);
    expect(large).toEqual(small);
    expect(small.board).toBe(1);
    expect(small.funnel).toBe(1);
    expect(small.summary).toBe(1);
    expect((await getFunnel(who.owner, period)).total).toBe(100);
  });
});
