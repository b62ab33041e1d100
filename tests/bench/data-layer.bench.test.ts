// Bench measurements that need the app's data layer (run by `npm run bench`, not by
// `npm test`): queries per page read at small and bench scale, and a 2,000-row CSV import.
import { writeFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { getLearnerHome } from "@/lib/data/learner/home";
import { getRoster, invalidateRoster } from "@/lib/data/programs/roster";
import { getOutcomes, invalidateOutcomes } from "@/lib/data/programs/outcomes";
import { computeProgramStandard } from "@/lib/data/programs/standard-reports";
import { commitLearnerImport } from "@/lib/data/programs/learner-import";
import { actorByEmail, countQueries } from "../../scripts/bench/query-counts";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const out = process.env.BENCH_OUT ?? "bench/results/data-layer.json";
const scale = process.env.BENCH_SCALE ?? "bench";
const orgId = process.env.BENCH_ORG_ID!;
const today = new Date().toISOString().slice(0, 10);

describe.runIf(!!process.env.BENCH_ORG_ID)(`data layer at ${scale} scale`, () => {
  it("measures queries per read and the CSV import", async () => {
    const learner = await actorByEmail("learner@bench.chartpath.test");
    const advisor = await actorByEmail("advisor@bench.chartpath.test");
    const admin = await actorByEmail("admin@bench.chartpath.test");
    const results: Record<string, unknown> = { scale, learners: await db.cohortLearner.count() };
    // Everything the dashboard page reads besides the session's user (one more statement).
    results.dashboardQueries = (await countQueries(() => getLearnerHome(learner))).queries;
    const timed = async (fn: () => Promise<unknown>) => {
      const t = performance.now();
      await fn();
      return Math.round(performance.now() - t);
    };
    results.singleCallMs = {
      dashboard: await timed(() => getLearnerHome(learner)),
      // The roster page reads through a short cache; measure the query it stands for.
      roster: await timed(() => {
        invalidateRoster();
        return getRoster(advisor, {}, today);
      }),
      outcomes: await timed(() => getOutcomes(admin, orgId)),
    };
    invalidateRoster();
    const roster = await countQueries(() => getRoster(advisor, {}, today));
    results.rosterQueries = roster.queries;
    results.rosterLearners = roster.result.rows.length;
    results.outcomesQueries = (await countQueries(() => getOutcomes(admin, orgId))).queries;
    // Accreditor reports: a cold computation (just after a write bumped the version) and a warm read.
    const standardMs = async (org: string) => {
      await invalidateOutcomes(org);
      const cold = await timed(() => computeProgramStandard(org, "ABHES", undefined));
      const warm = await timed(() => computeProgramStandard(org, "ABHES", undefined));
      return { cold, warm };
    };
    results.accreditorReportMs = { [scale]: await standardMs(orgId) };
    if (process.env.BENCH_SCALE_ORG_ID)
      (results.accreditorReportMs as Record<string, unknown>)["20000"] = await standardMs(process.env.BENCH_SCALE_ORG_ID);
    if (process.env.BENCH_IMPORT === "1") {
      const cohort = await db.cohort.findFirstOrThrow({ where: { organizationId: orgId }, select: { name: true } });
      const csv =
        "email,first name,last name,cohort\n" +
        Array.from({ length: 2000 }, (_, i) => `import${i}@bench.example.test,Pat${i},Import,${cohort.name}`).join("\n");
      const started = performance.now();
      const totals = await commitLearnerImport(admin, orgId, csv, null, "skip");
      results.importMs = Math.round(performance.now() - started);
      results.importTotals = totals;
    }
    writeFileSync(out, JSON.stringify(results, null, 2));
    expect(results.dashboardQueries).toBeGreaterThan(0);
  });
});
