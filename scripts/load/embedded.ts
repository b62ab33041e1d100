// `LOAD_EMBEDDED=1 npm run test:load`: the README's first command (`npm start`, no DATABASE_URL,
// a fresh data folder) under a mixed load for LOAD_SECONDS: learners' dashboards, an advisor's
// drill-downs into each learner (each view writes the access log) and server-action writes.
// Every page must be the right person's (the name it shows), every write acknowledged must be
// stored, and after a restart of `npm start` every row must still be there.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { DEMO_ACCOUNTS } from "../../lib/demo-accounts";
import { freePort } from "../embedded-db";
import { captureStudySessionWrite, signInCookie } from "./capture-write";

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const DATA_DIR = path.resolve(".data/load-embedded");
const log = (m: string) => console.log(`[load] ${m}`);
const LEARNERS = ["learner@demo.chartpath.test", "tomas.rivera@demo.chartpath.test", "lily.chen@demo.chartpath.test"];

/** The embedded server's URL, from what `npm start` left in its data folder. */
function databaseUrl(): string {
  const password = readFileSync(path.join(DATA_DIR, "postgres-password"), "utf8").trim();
  const port = readFileSync(path.join(DATA_DIR, "postgres", "postmaster.pid"), "utf8").split("\n")[3];
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/chartpath`;
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

async function npmStart(port: number): Promise<ChildProcess> {
  const env: NodeJS.ProcessEnv = { ...process.env, CHARTPATH_DATA_DIR: DATA_DIR, PORT: String(port) };
  delete env.DATABASE_URL; // exactly as a newcomer runs it
  const child = spawn("npm", ["start"], { env, stdio: ["ignore", "ignore", "inherit"] });
  for (let i = 0; i < 480; i++) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health/live`)).ok) return child;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("npm start did not serve within 240 s");
}

/** SIGTERM, as a service manager would; resolves with how it exited. */
function stop(child: ChildProcess): Promise<string> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(`exit ${child.exitCode}`);
    child.once("exit", (code, signal) => resolve(signal ?? `exit ${code}`));
    child.kill("SIGTERM");
  });
}

async function counts(url: string): Promise<{ sessions: number; views: number }> {
  const [row] = await query<{ sessions: number; views: number }>(
    url,
    `SELECT (SELECT count(*)::int FROM "StudySession") AS sessions, (SELECT count(*)::int FROM "AuditLog") AS views`,
  );
  return row!;
}

export async function runEmbeddedLoad(): Promise<void> {
  rmSync(DATA_DIR, { recursive: true, force: true });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  log(`README's first command (npm start, embedded PostgreSQL) in ${DATA_DIR}; ${SECONDS} s, 50 connections`);
  let app = await npmStart(port);
  const url = databaseUrl();
  const write = await captureStudySessionWrite(base, LEARNERS[0]!, DEMO_ACCOUNTS.password);
  const learnerCookies = await Promise.all(LEARNERS.map((e) => signInCookie(base, e, DEMO_ACCOUNTS.password)));
  const advisorCookie = await signInCookie(base, DEMO_ACCOUNTS.users[1].email, DEMO_ACCOUNTS.password);
  const people = await query<{ id: string; email: string; name: string }>(
    url,
    `SELECT DISTINCT u.id, u.email, u.name FROM "User" u JOIN "CohortLearner" cl ON cl."userId" = u.id ORDER BY u.email`,
  );
  const names = new Map(people.map((p) => [p.email, p.name]));
  const before = await counts(url);

  const wrong: string[] = [];
  const status: Record<string, number> = {};
  // A page "belongs" to someone if it greets or names them; any other learner's name in that
  // place means it was rendered with another request's data.
  const expectName = (label: string, name: string) => (code: number, body: string) => {
    status[code] = (status[code] ?? 0) + 1;
    if (code === 200 && !body.includes(name.replaceAll("'", "&#x27;")) && !body.includes(name)) wrong.push(`${label}: ${name} missing`);
  };
  let acknowledged = 0;
  const writer = autocannon({
    url: write.url,
    connections: 10,
    duration: SECONDS,
    method: "POST",
    headers: { ...write.headers, cookie: write.cookie },
    body: write.body.toString("latin1"),
  });
  writer.on("response", (_c, code) => {
    if (code === 200) acknowledged++;
  });
  const dashboards = LEARNERS.map((email, i) =>
    autocannon({
      url: `${base}/learner`,
      connections: 10,
      duration: SECONDS,
      headers: { cookie: learnerCookies[i]! },
      requests: [
        { method: "GET", path: "/learner", onResponse: expectName(`dashboard of ${email}`, `Welcome, ${names.get(email) ?? "?"}`) },
      ],
    }),
  );
  const drillDowns = autocannon({
    url: base,
    connections: 10,
    duration: SECONDS,
    headers: { cookie: advisorCookie },
    requests: people.map((p) => ({
      method: "GET",
      path: `/advisor/learners/${p.id}`,
      onResponse: expectName(`drill-down into ${p.email}`, p.name),
    })),
  });
  const results = await Promise.all([writer, ...dashboards, drillDowns]);
  const after = await counts(url);
  const storedWrites = after.sessions - before.sessions;

  log("restarting npm start on the same folder …");
  const exitCode = await stop(app);
  app = await npmStart(port);
  const afterRestart = await counts(databaseUrl());
  await stop(app);

  const errors = results.reduce((n, r) => n + r.errors + r.timeouts + r.non2xx, 0);
  const report = {
    date: new Date().toISOString(),
    seconds: SECONDS,
    connections: 50,
    database: "embedded PostgreSQL (npm start)",
    requests: results.reduce((n, r) => n + r.requests.total, 0),
    writeRequests: results[0]!.requests.total,
    acknowledgedWrites: acknowledged,
    storedWrites,
    lostWrites: Math.max(0, acknowledged - storedWrites),
    viewLogRowsWritten: after.views - before.views,
    errors,
    status,
    wrongPerson: wrong.length,
    wrongPersonSamples: wrong.slice(0, 5),
    stoppedWith: exitCode,
    rowsAfterRestart: afterRestart,
    rowsBeforeRestart: after,
  };
  console.log(JSON.stringify(report, null, 2));
  const failures = [
    report.errors > 0 && `${report.errors} failed requests`,
    report.lostWrites > 0 && `${report.lostWrites} acknowledged writes missing`,
    report.wrongPerson > 0 && `${report.wrongPerson} pages without their person's name`,
    report.viewLogRowsWritten < 1 && "no drill-down view was logged",
    (afterRestart.sessions !== after.sessions || afterRestart.views !== after.views) && "rows changed across the restart",
  ].filter(Boolean);
  const { writeFileSync, mkdirSync } = await import("node:fs");
  mkdirSync("bench/results", { recursive: true });
  writeFileSync("bench/results/load-embedded.json", JSON.stringify(report, null, 2));
  console.log(
    failures.length
      ? `load (embedded): 0 passed, ${failures.length} failed — ${failures.join("; ")}`
      : "load (embedded): 1 passed, 0 failed",
  );
  process.exitCode = failures.length ? 1 : 0;
}
