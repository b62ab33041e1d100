// `npm run test:load`: 50 connections of mixed reads and writes for 60 s against the
// production server on loopback. Fails on any error or any acknowledged write missing from
// the database. LOAD_RESTART_POSTGRES=1 (local Postgres only) restarts Postgres mid-run:
// the server must survive, fail fast while it is down, recover, and lose nothing acknowledged.
// LOAD_EMBEDDED=1 runs the README's first command instead (scripts/load/embedded.ts).
import { spawn, execSync } from "node:child_process";
import { mkdirSync, writeFileSync, rmSync } from "node:fs";
import { buildIfNeeded } from "../build-if-needed";
import autocannon from "autocannon";
import pg from "pg";
import { runMigrations } from "../../lib/migrations/run-migrations";
import { seedDemo } from "../../prisma/seed-demo";
import { DEMO_ACCOUNTS } from "../../lib/demo-accounts";
import { freePort, startEmbeddedDb } from "../embedded-db";
import { runEmbeddedLoad } from "./embedded";
import { captureStudySessionWrite } from "./capture-write";
import { withServerNodeOptions } from "../server-node-options";
import { heapAfterGcMb } from "./heap";
import { startMailLoad } from "./mail-load";

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const RESTART = process.env.LOAD_RESTART_POSTGRES === "1";
const log = (m: string) => console.log(`[load] ${m}`);

async function one<T>(url: string, sql: string, params: unknown[] = []): Promise<T> {
  const [row] = await query<T>(url, sql, params);
  if (!row) throw new Error(`no row for: ${sql}`);
  return row;
}

async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows as T[];
  } finally {
    await c.end();
  }
}

const MAX_HEAP_GROWTH_PCT = 15;
const LOAD_SECRET = "load-secret-load-secret-load-secret-00";
const WARMUP_SECONDS = Math.min(15, Math.max(3, Math.round(SECONDS / 4)));

/** Waits until the server answers promptly again (abandoned requests finished), then reads the heap. */
async function drainedHeapMb(baseUrl: string, inspectPort: number): Promise<number | null> {
  for (let i = 0; i < 40; i++) {
    const t = Date.now();
    try {
      await fetch(`${baseUrl}/api/health/live`);
    } catch {
      /* restarting */
    }
    if (Date.now() - t < 50) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  await new Promise((r) => setTimeout(r, 2000));
  return heapAfterGcMb(inspectPort).catch(() => null);
}

/** Growth from the middle sample to the largest later one, in percent. */
function secondHalfGrowth(samples: number[]): number {
  const mid = samples[Math.floor(samples.length / 2)];
  if (!mid) return 0;
  return Math.round(((Math.max(...samples.slice(Math.floor(samples.length / 2))) - mid) / mid) * 1000) / 10;
}

function rssKb(pid: number): number {
  try {
    return Number(execSync(`ps -o rss= -p ${pid}`).toString().trim());
  } catch {
    return 0;
  }
}

async function main() {
  const base = process.env.LOAD_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  let url: string;
  let embedded: Awaited<ReturnType<typeof startEmbeddedDb>> | undefined;
  try {
    await query(base, "SELECT 1");
    await query(base, `DROP DATABASE IF EXISTS chartpath_load WITH (FORCE)`);
    await query(base, `CREATE DATABASE chartpath_load`);
    const u = new URL(base);
    u.pathname = "/chartpath_load";
    url = u.toString();
  } catch {
    if (RESTART) throw new Error("LOAD_RESTART_POSTGRES needs a local PostgreSQL");
    rmSync(".data/load", { recursive: true, force: true });
    embedded = await startEmbeddedDb(".data/load", { quiet: true, lockWaitMs: 0 });
    url = embedded.url;
  }
  log(
    `database: ${embedded ? "embedded PostgreSQL" : "local PostgreSQL"}; ${SECONDS} s, 50 connections${RESTART ? ", Postgres restart mid-run" : ""}`,
  );
  await runMigrations(url);
  await seedDemo(url);
  if (buildIfNeeded() !== 0) throw new Error("build failed");
  const port = await freePort();
  const inspectPort = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawn("node_modules/.bin/next", ["start", "-p", String(port)], {
    stdio: ["ignore", "ignore", "pipe"],
    env: withServerNodeOptions({
      ...process.env,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --inspect=127.0.0.1:${inspectPort}`.trim(),
      DATABASE_URL: url,
      AUTH_SECRET: LOAD_SECRET,
      AUTH_TRUST_HOST: "true",
      DB_POOL_MAX: "10",
      NODE_ENV: "production",
      EMAIL_OUTBOX: "allow",
    }),
  });
  let serverExited = false;
  server.on("exit", () => {
    serverExited = true;
  });
  try {
    for (let i = 0; i < 120; i++) {
      try {
        if ((await fetch(`${baseUrl}/api/health/live`)).ok) break;
      } catch {
        /* starting */
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    const learner = DEMO_ACCOUNTS.users[0].email;
    const write = await captureStudySessionWrite(baseUrl, learner, DEMO_ACCOUNTS.password);
    // Warm up with the same mix, then let in-flight work drain and take the live heap after a
    // full GC as the baseline; the same reading after the run shows whether memory is flat.
    await Promise.all([
      autocannon({
        url: write.url,
        connections: 10,
        duration: WARMUP_SECONDS,
        method: "POST",
        headers: { ...write.headers, cookie: write.cookie },
        body: write.body.toString("latin1"),
      }),
      autocannon({ url: `${baseUrl}/learner`, connections: 40, duration: WARMUP_SECONDS, headers: { cookie: write.cookie } }),
    ]);
    const heapBaselineMb = await drainedHeapMb(baseUrl, inspectPort);
    const { id: userId } = await one<{ id: string }>(url, `SELECT id FROM "User" WHERE email = $1`, [learner]);
    const { n: before } = await one<{ n: number }>(url, `SELECT count(*)::int AS n FROM "StudySession" WHERE "userId" = $1`, [userId]);
    const rssStart = rssKb(server.pid!);
    // RSS is sampled for the record; "flat" is judged on the live heap (baseline vs after the run).
    const rssSamples: number[] = [];
    const sampler = setInterval(() => rssSamples.push(Math.round(rssKb(server.pid!) / 1024)), Math.max(1000, (SECONDS * 1000) / 12));

    // Mail queued beside the HTTP load (not during a Postgres restart: the fault tests cover that).
    const mail = RESTART ? null : await startMailLoad(url, LOAD_SECRET, SECONDS);
    let acknowledged = 0;
    const readStatus: Record<string, number> = {};
    const writer = autocannon({
      url: write.url,
      connections: 10,
      duration: SECONDS,
      method: "POST",
      headers: { ...write.headers, cookie: write.cookie },
      body: write.body.toString("latin1"),
    });
    writer.on("response", (_c, status) => {
      if (status === 200) acknowledged++;
    });
    const reader = autocannon({ url: `${baseUrl}/learner`, connections: 40, duration: SECONDS, headers: { cookie: write.cookie } });
    reader.on("response", (_c, status) => {
      readStatus[status] = (readStatus[status] ?? 0) + 1;
    });
    const latencies: number[] = [];
    reader.on("response", (_c, _s, _b, t) => latencies.push(t));

    let restartReport: Record<string, unknown> | undefined;
    if (RESTART) {
      setTimeout(
        () => {
          const cluster = execSync("ls /etc/postgresql").toString().trim().split("\n")[0];
          const t = Date.now();
          execSync(`pg_ctlcluster --skip-systemctl-redirect ${cluster} main restart`);
          restartReport = { restartedAfterSeconds: SECONDS / 3, restartTookMs: Date.now() - t };
        },
        (SECONDS / 3) * 1000,
      );
    }
    const [w, r] = await Promise.all([writer, reader]);
    clearInterval(sampler);
    const { n: after } = await one<{ n: number }>(url, `SELECT count(*)::int AS n FROM "StudySession" WHERE "userId" = $1`, [userId]);
    let recoveredMs: number | null = null;
    const t = Date.now();
    for (let i = 0; i < 40; i++) {
      try {
        if ((await fetch(`${baseUrl}/learner`, { headers: { cookie: write.cookie } })).ok) {
          recoveredMs = Date.now() - t;
          break;
        }
      } catch {
        /* down */
      }
      await new Promise((res) => setTimeout(res, 250));
    }
    const heapEndMb = await drainedHeapMb(baseUrl, inspectPort);
    const email = mail ? await mail.finish() : null;
    latencies.sort((a, b) => a - b);
    const stored = after - before;
    const report = {
      date: new Date().toISOString(),
      seconds: SECONDS,
      connections: 50,
      database: embedded ? "PostgreSQL (embedded)" : "PostgreSQL (local)",
      requests: w.requests.total + r.requests.total,
      writeRequests: w.requests.total,
      acknowledgedWrites: acknowledged,
      storedWrites: stored,
      lostWrites: Math.max(0, acknowledged - stored),
      errors: w.errors + w.timeouts + r.errors + r.timeouts,
      non2xx: w.non2xx + r.non2xx,
      readStatus,
      readP50: latencies[Math.floor(latencies.length * 0.5)] ?? 0,
      readP95: latencies[Math.floor(latencies.length * 0.95)] ?? 0,
      rssStartMb: Math.round(rssStart / 1024),
      rssEndMb: Math.round(rssKb(server.pid!) / 1024),
      rssSamplesMb: rssSamples,
      rssSecondHalfGrowthPct: secondHalfGrowth(rssSamples),
      heapAfterGcBaselineMb: heapBaselineMb,
      heapAfterGcEndMb: heapEndMb,
      heapGrowthPct: heapBaselineMb && heapEndMb !== null ? Math.round(((heapEndMb - heapBaselineMb) / heapBaselineMb) * 1000) / 10 : null,
      serverSurvived: !serverExited,
      recoveredMs,
      restart: restartReport ?? null,
      email,
    };
    mkdirSync("bench/results", { recursive: true });
    writeFileSync(`bench/results/load${RESTART ? "-restart" : ""}.json`, JSON.stringify(report, null, 2));
    console.log(JSON.stringify(report, null, 2));
    const failures = [
      report.lostWrites > 0 && `${report.lostWrites} acknowledged writes missing`,
      !report.serverSurvived && "the server process died",
      !RESTART && report.errors + report.non2xx > 0 && `${report.errors + report.non2xx} failed requests`,
      RESTART && report.recoveredMs === null && "did not recover after the Postgres restart",
      email && email.stillWaiting > 0 && `${email.stillWaiting} queued emails not delivered within 60 s of the run`,
      email && email.receivedTwice > 0 && `${email.receivedTwice} emails received twice`,
      email && email.neverReceived > 0 && `${email.neverReceived} emails never reached the mail server`,
      // Memory is judged on the steady-load run; the outage run reports its heap for the record.
      !RESTART && report.heapGrowthPct === null && "could not read the server's heap",
      !RESTART &&
        report.heapGrowthPct !== null &&
        report.heapGrowthPct > MAX_HEAP_GROWTH_PCT &&
        `live heap grew ${report.heapGrowthPct}% over the run`,
    ].filter(Boolean);
    console.log(failures.length ? `load: 0 passed, ${failures.length} failed — ${failures.join("; ")}` : "load: 1 passed, 0 failed");
    process.exitCode = failures.length ? 1 : 0;
  } finally {
    server.kill("SIGTERM");
    await embedded?.stop();
  }
}

(process.env.LOAD_EMBEDDED === "1" ? runEmbeddedLoad() : main()).catch((e) => {
  console.error(`[load] ${(e as Error).message}`);
  process.exit(1);
});
