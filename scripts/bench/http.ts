// HTTP helpers for the bench: sign in through Auth.js like a browser, and measure a URL with
// autocannon (latencies collected per response so p50/p95 are exact).
import autocannon from "autocannon";

export async function signInCookie(base: string, email: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const csrfCookie = csrfRes.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST", redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/home` }),
  });
  const session = res.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c?.startsWith("authjs.session-token="));
  if (!session) throw new Error(`sign-in failed for ${email} (status ${res.status})`);
  return session;
}

export interface Measurement { path: string; requests: number; errors: number; non2xx: number; rps: number; p50: number; p95: number }

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

export async function measure(base: string, path: string, cookie: string | undefined, seconds: number, connections: number): Promise<Measurement> {
  const latencies: number[] = [];
  const instance = autocannon({ url: `${base}${path}`, connections, duration: seconds, headers: cookie ? { cookie } : {} });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    path, requests: result.requests.total, errors: result.errors + result.timeouts, non2xx: result.non2xx,
    rps: Math.round(result.requests.average), p50: Math.round(pct(latencies, 50) * 10) / 10, p95: Math.round(pct(latencies, 95) * 10) / 10,
  };
}
