// HTTP helpers for the bench: sign in through Auth.js like a browser, and measure URLs with
// autocannon (latencies collected per response so p50/p95 are exact).
import autocannon from "autocannon";

export async function signInCookie(base: string, email: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const csrfCookie = csrfRes.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/home` }),
  });
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .find((c) => c?.startsWith("authjs.session-token="));
  if (!session) throw new Error(`sign-in failed for ${email} (status ${res.status})`);
  return session;
}

export interface Target {
  path: string;
  cookie: string | undefined;
}
export interface Measurement {
  path: string;
  requests: number;
  errors: number;
  non2xx: number;
  rps: number;
  p50: number;
  p95: number;
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const round1 = (n: number) => Math.round(n * 10) / 10;

interface Slice {
  latencies: number[];
  requests: number;
  errors: number;
  non2xx: number;
  seconds: number;
}

async function slice(base: string, t: Target, seconds: number, connections: number): Promise<Slice> {
  const latencies: number[] = [];
  const instance = autocannon({ url: `${base}${t.path}`, connections, duration: seconds, headers: t.cookie ? { cookie: t.cookie } : {} });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  const result = await instance;
  return { latencies, requests: result.requests.total, errors: result.errors + result.timeouts, non2xx: result.non2xx, seconds };
}

function summarize(path: string, slices: Slice[]): Measurement {
  const latencies = slices.flatMap((s) => s.latencies).sort((a, b) => a - b);
  const requests = slices.reduce((n, s) => n + s.requests, 0);
  const seconds = slices.reduce((n, s) => n + s.seconds, 0);
  return {
    path,
    requests,
    errors: slices.reduce((n, s) => n + s.errors, 0),
    non2xx: slices.reduce((n, s) => n + s.non2xx, 0),
    rps: Math.round(requests / Math.max(seconds, 1)),
    p50: round1(pct(latencies, 50)),
    p95: round1(pct(latencies, 95)),
  };
}

export async function measure(
  base: string,
  path: string,
  cookie: string | undefined,
  seconds: number,
  connections: number,
): Promise<Measurement> {
  return summarize(path, [await slice(base, { path, cookie }, seconds, connections)]);
}

/**
 * Measures several targets in alternating 2-second slices until each has had `seconds`, so all
 * of them see the same machine: on a shared two-core VM, throughput drifts by 2× over minutes,
 * and a floor measured a minute before a page made ratios swing between runs.
 */
export async function measureInterleaved(base: string, targets: Target[], seconds: number, connections: number): Promise<Measurement[]> {
  const sliceSeconds = Math.min(2, seconds);
  const slices: Slice[][] = targets.map(() => []);
  for (let done = 0; done < seconds; done += sliceSeconds) {
    for (const [i, t] of targets.entries()) slices[i]!.push(await slice(base, t, sliceSeconds, connections));
  }
  return targets.map((t, i) => summarize(t.path, slices[i]!));
}
