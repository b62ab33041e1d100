// `npm run bench`: builds the production app, seeds a bench-scale database (seeded PRNG),
// starts the server and measures pages against a trivial page (the floor), queries per
// read at 10 and 2,000 learners, a 2,000-row CSV import, worst-case input per input path,
// first-load JS and Lighthouse.
// Writes bench/results/latest.json and latest.md. Reports numbers; never fails on timing.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync, mkdirSync, rmSync } from "node:fs";
import pg from "pg";
import { runMigrations } from "../../lib/migrations/run-migrations";
import { startEmbeddedDb, freePort } from "../embedded-db";
import { seedBench, BENCH_PASSWORD } from "./seed-bench";
import { seedBenchEnrollments, seedEnrollmentScale } from "./seed-enrollments";
import { createPrismaClient } from "../../lib/prisma-client";
import { measure, measureInterleaved, signInCookie, type Measurement } from "./http";
import { firstLoadJs } from "./bundle-sizes";
import { lighthouseScores } from "./lighthouse";
import { withServerNodeOptions } from "../server-node-options";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const log = (m: string) => console.log(`[bench] ${m}`);

async function freshDb(base: string, name: string): Promise<string> {
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await c.query(`CREATE DATABASE "${name}"`);
  await c.end();
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
}

async function localPostgres(): Promise<string | null> {
  const url = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return url;
  } catch {
    return null;
  }
}

function dataLayer(url: string, orgId: string, scale: string, importToo: boolean, scaleOrgId?: string) {
  const out = `bench/results/data-layer-${scale}.json`;
  const r = spawnSync("node_modules/.bin/vitest", ["run", "--project", "bench"], {
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: url,
      BENCH_ORG_ID: orgId,
      BENCH_SCALE: scale,
      BENCH_OUT: out,
      BENCH_IMPORT: importToo ? "1" : "0",
      BENCH_SCALE_ORG_ID: scaleOrgId ?? "",
      DEMO_MODE: "false",
    },
  });
  if (r.status !== 0) throw new Error("data-layer bench failed");
  return JSON.parse(readFileSync(out, "utf8")) as Record<string, number>;
}

async function main() {
  mkdirSync("bench/results", { recursive: true });
  const base = await localPostgres();
  let embedded: Awaited<ReturnType<typeof startEmbeddedDb>> | undefined;
  let benchUrl: string, smallUrl: string;
  if (base) {
    benchUrl = await freshDb(base, "chartpath_bench");
    smallUrl = await freshDb(base, "chartpath_bench_small");
  } else {
    rmSync(".data/bench", { recursive: true, force: true });
    embedded = await startEmbeddedDb(".data/bench", { quiet: true });
    benchUrl = await freshDb(embedded.urlFor("postgres"), "chartpath_bench");
    smallUrl = await freshDb(embedded.urlFor("postgres"), "chartpath_bench_small");
  }
  log(`database: ${base ? "local PostgreSQL" : "embedded PostgreSQL"}`);
  await runMigrations(benchUrl);
  const t0 = Date.now();
  const ids = await seedBench(benchUrl, 2000, 20);
  log(`seeded 2,000 learners in ${Math.round((Date.now() - t0) / 1000)} s`);
  // Accreditor reports (issue 16): the 2,000 learners' enrollment records, and a second program
  // of 20,000 learners with only enrollment records, for the report's scale.
  const seedDb = createPrismaClient(benchUrl, 2);
  await seedBenchEnrollments(seedDb, ids.orgId);
  await seedDb.$disconnect();
  const scale = await seedEnrollmentScale(benchUrl, 20_000);
  log("seeded enrollment records (2,000 and 20,000 learners)");
  const rows = await (async () => {
    const c = new pg.Client({ connectionString: benchUrl });
    await c.connect();
    const r = await c.query(`SELECT sum(n_live_tup)::int AS n FROM pg_stat_user_tables`);
    await c.end();
    return r.rows[0].n as number;
  })();

  let small: Record<string, number> | null = null;
  if (smallUrl !== benchUrl) {
    await runMigrations(smallUrl);
    const s = await seedBench(smallUrl, 10, 1);
    small = dataLayer(smallUrl, s.orgId, "small", false);
  }
  const large = dataLayer(benchUrl, ids.orgId, "bench", true, scale.orgId);

  log("building the production app …");
  const build = spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  if (build.status !== 0) throw new Error("build failed");
  const port = await freePort();
  const server = spawn("node_modules/.bin/next", ["start", "-p", String(port)], {
    stdio: "ignore",
    env: withServerNodeOptions({
      ...process.env,
      DATABASE_URL: benchUrl,
      AUTH_SECRET: "bench-secret-bench-secret-bench-secret-0",
      AUTH_TRUST_HOST: "true",
      DB_POOL_MAX: "10",
      NODE_ENV: "production",
      WORKER: "off",
      EMAIL_OUTBOX: "allow",
    }),
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; i < 120; i++) {
      try {
        if ((await fetch(`${baseUrl}/api/health/live`)).ok) break;
      } catch {
        /* starting */
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    const learner = await signInCookie(baseUrl, ids.learnerEmail, BENCH_PASSWORD);
    const advisor = await signInCookie(baseUrl, ids.advisorEmail, BENCH_PASSWORD);
    const admin = await signInCookie(baseUrl, ids.adminEmail, BENCH_PASSWORD);
    const scaleAdmin = await signInCookie(baseUrl, scale.adminEmail, BENCH_PASSWORD);
    // The floor is a trivial page (same proxy, layout, session read and CSP nonce, no data);
    // the bare route handler is listed too, to show what the framework's page render costs.
    const targets: [string, string, string | undefined][] = [
      ["floor (trivial page /ping)", "/ping", undefined],
      ["bare route handler (/api/health/live)", "/api/health/live", undefined],
      ["landing page", "/", undefined],
      ["learner dashboard", "/learner", learner],
      ["application board", "/learner/applications", learner],
      ["advisor roster (200 learners)", "/advisor", advisor],
      ["cohort outcomes (2,000 learners)", `/programs/${ids.orgId}/outcomes`, admin],
      ["accreditor report, ABHES (2,000 learners)", `/programs/${ids.orgId}/outcomes/standards?standard=ABHES`, admin],
      ["accreditor report, ABHES (20,000 learners)", `/programs/${scale.orgId}/outcomes/standards?standard=ABHES`, scaleAdmin],
    ];
    const pages: PageResult[] = [];
    // Warm every page first (JIT, caches, pool) so the floor is as warm as the rest.
    for (const [, path, cookie] of targets) await measure(baseUrl, path, cookie, 3, CONNECTIONS);
    // Each page is measured interleaved with the floor: signed out, and for signed-in pages
    // also requested with the page's own session (the same cookie decrypt, user read and
    // signed-in header), so a ratio compares like with like on the same machine minute.
    for (const [name, path, cookie] of targets) {
      const floorOnly = path === "/ping" && !cookie;
      const set = [
        { path: "/ping", cookie: undefined },
        ...(cookie ? [{ path: "/ping", cookie }] : []),
        ...(floorOnly ? [] : [{ path, cookie }]),
      ];
      const ms = await measureInterleaved(baseUrl, set, SECONDS, CONNECTIONS);
      const floor = ms[0]!,
        sessionFloor = cookie ? ms[1]! : undefined,
        m = ms[ms.length - 1]!;
      const ratio = (a: number, b: number) => Math.round((a / Math.max(b, 0.1)) * 10) / 10;
      pages.push({
        name,
        ...m,
        floorP50: floor.p50,
        floorP95: floor.p95,
        ratioP50: ratio(m.p50, floor.p50),
        ratioP95: ratio(m.p95, floor.p95),
        ...(sessionFloor
          ? {
              sessionFloorP50: sessionFloor.p50,
              sessionRatioP50: ratio(m.p50, sessionFloor.p50),
              sessionRatioP95: ratio(m.p95, sessionFloor.p95),
            }
          : {}),
      });
      log(
        `${name}: p50 ${m.p50} ms, p95 ${m.p95} ms, ${m.rps} req/s, errors ${m.errors}, non-2xx ${m.non2xx}; floor p50 ${floor.p50} ms${sessionFloor ? `, same-session floor p50 ${sessionFloor.p50} ms` : ""}`,
      );
    }
    const lighthouse = [];
    for (const [url, cookie] of [
      [`${baseUrl}/`, undefined],
      [`${baseUrl}/learner`, learner],
    ] as const) {
      try {
        lighthouse.push(await lighthouseScores(url, cookie));
      } catch (e) {
        lighthouse.push({ url, error: (e as Error).message });
      }
    }
    const report = {
      date: new Date().toISOString(),
      machine: "2 cores, 24 GiB (node-svc)",
      database: base ? "PostgreSQL 15 (local)" : "PostgreSQL 18 (embedded)",
      rows,
      seconds: SECONDS,
      connections: CONNECTIONS,
      pages,
      queries: { small, bench: large },
      importMs: large.importMs,
      importTotals: large.importTotals,
      firstLoadJs: firstLoadJs(),
      lighthouse,
    };
    writeFileSync("bench/results/latest.json", JSON.stringify(report, null, 2));
    // The bench project also ran tests/bench/input-budgets.bench.test.ts (worst-case inputs).
    const inputBudgets = existsSync("bench/results/input-budgets.md")
      ? `\n## Worst-case input per path\n\n${readFileSync("bench/results/input-budgets.md", "utf8")}`
      : "";
    writeFileSync("bench/results/latest.md", toMarkdown(report) + inputBudgets);
    log("wrote bench/results/latest.json and latest.md");
  } finally {
    server.kill("SIGTERM");
    await embedded?.stop();
  }
}

interface PageResult extends Measurement {
  name: string;
  floorP50: number;
  floorP95: number;
  ratioP50: number;
  ratioP95: number;
  sessionFloorP50?: number;
  sessionRatioP50?: number;
  sessionRatioP95?: number;
}

function toMarkdown(r: {
  date: string;
  database: string;
  rows: number;
  seconds: number;
  connections: number;
  pages: PageResult[];
  queries: { small: Record<string, number> | null; bench: Record<string, number> };
  importMs?: number;
  firstLoadJs: { route: string; gzipKb: number }[];
  lighthouse: unknown[];
}): string {
  const lines = [
    `# Bench results (${r.date})`,
    "",
    `${r.database}; ${r.rows.toLocaleString("en-US")} rows; ${r.connections} connections × ${r.seconds} s per page and per floor.`,
    "",
    "Each page was measured in 2-second slices alternating with the floor (`/ping` signed out, and for signed-in pages `/ping` with the same session).",
    "",
    "| Page | p50 ms | p95 ms | req/s | errors | floor p50 (signed out) | p50 ÷ floor | p95 ÷ floor | floor p50 (same session) | p50 ÷ same-session floor | p95 ÷ same-session floor |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
    ...r.pages.map(
      (p) =>
        `| ${p.name} | ${p.p50} | ${p.p95} | ${p.rps} | ${p.errors + p.non2xx} | ${p.floorP50} | ${p.ratioP50} | ${p.ratioP95} | ${p.sessionFloorP50 ?? "—"} | ${p.sessionRatioP50 ?? "—"} | ${p.sessionRatioP95 ?? "—"} |`,
    ),
    "",
    "| Read | queries at 10 learners | queries at 2,000 learners |",
    "|---|---|---|",
    ...["dashboardQueries", "rosterQueries", "outcomesQueries"].map(
      (k) => `| ${k.replace("Queries", "")} | ${r.queries.small?.[k] ?? "—"} | ${r.queries.bench[k]} |`,
    ),
    "",
    `CSV import of 2,000 learners: ${r.importMs} ms.`,
    "",
    "| Route | first-load JS (gzip kB) |",
    "|---|---|",
    ...r.firstLoadJs.map((f) => `| ${f.route} | ${f.gzipKb} |`),
    "",
    "Lighthouse:",
    "",
    "```json",
    JSON.stringify(r.lighthouse, null, 2),
    "```",
    "",
  ];
  return lines.join("\n");
}

main().catch((error) => {
  console.error(`[bench] ${(error as Error).message}`);
  process.exit(1);
});
