import { describe, expect, it } from "vitest";
import { createReportCache } from "@/lib/cache/report-cache";

function setup() {
  let now = 1_000_000;
  const cache = createReportCache<number>({ freshMs: 100, maxAgeMs: 1_000, maxEntries: 2, now: () => now });
  let calls = 0;
  const deferred: ((v: number) => void)[] = [];
  const loader = () => {
    calls++;
    return new Promise<number>((resolve) => deferred.push(resolve));
  };
  return {
    cache,
    loader,
    calls: () => calls,
    resolveNext: (v: number) => deferred.shift()!(v),
    advance: (ms: number) => {
      now += ms;
    },
    now: () => now,
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe("report cache", () => {
  it("shares one computation between concurrent callers", async () => {
    const t = setup();
    const a = t.cache.get("org", t.loader),
      b = t.cache.get("org", t.loader);
    t.resolveNext(7);
    expect((await a).value).toBe(7);
    expect((await b).value).toBe(7);
    expect(t.calls()).toBe(1);
  });

  it("serves a fresh value without recomputing, and says when it was computed", async () => {
    const t = setup();
    const started = t.now();
    const first = t.cache.get("org", t.loader);
    t.resolveNext(1);
    await first;
    t.advance(50);
    const again = await t.cache.get("org", t.loader);
    expect(again).toEqual({ value: 1, computedAt: new Date(started) });
    expect(t.calls()).toBe(1);
  });

  it("serves a stale value while one background refresh runs, then the new one", async () => {
    const t = setup();
    const first = t.cache.get("org", t.loader);
    t.resolveNext(1);
    await first;
    t.advance(500);
    expect((await t.cache.get("org", t.loader)).value).toBe(1);
    expect((await t.cache.get("org", t.loader)).value).toBe(1);
    expect(t.calls()).toBe(2); // one refresh, not two
    t.resolveNext(2);
    await tick();
    expect((await t.cache.get("org", t.loader)).value).toBe(2);
  });

  it("makes callers wait for a fresh value once the stale one is too old", async () => {
    const t = setup();
    const first = t.cache.get("org", t.loader);
    t.resolveNext(1);
    await first;
    t.advance(2_000);
    const pending = t.cache.get("org", t.loader);
    t.resolveNext(3);
    expect((await pending).value).toBe(3);
  });

  it("recomputes after invalidation, and a computation that was running when it happened is not kept", async () => {
    const t = setup();
    const before = t.cache.get("org", t.loader);
    t.cache.invalidate("org");
    t.resolveNext(1);
    expect((await before).value).toBe(1);
    const after = t.cache.get("org", t.loader);
    t.resolveNext(2);
    expect((await after).value).toBe(2);
    expect(t.calls()).toBe(2);
  });

  it("does not cache failures, and keeps at most maxEntries keys", async () => {
    const t = setup();
    const failing = t.cache.get("a", () => Promise.reject(new Error("db down")));
    await expect(failing).rejects.toThrow("db down");
    const ok = t.cache.get("a", t.loader);
    t.resolveNext(1);
    expect((await ok).value).toBe(1);
    for (const k of ["b", "c"]) {
      const p = t.cache.get(k, t.loader);
      t.resolveNext(0);
      await p;
    }
    expect(t.cache.size()).toBe(2);
  });
});

describe("report cache stamps", () => {
  it("recomputes when the shared stamp moves, even while its copy is fresh, and never keeps the old stamp's result", async () => {
    const t = setup();
    const first = t.cache.get("org", t.loader, "1");
    t.resolveNext(1);
    expect((await first).value).toBe(1);
    expect((await t.cache.get("org", t.loader, "1")).value).toBe(1);
    expect(t.calls()).toBe(1);

    const running = t.cache.get("org", t.loader, "2");
    const newer = t.cache.get("org", t.loader, "3"); // another instance wrote meanwhile
    t.resolveNext(2);
    t.resolveNext(3);
    expect((await running).value).toBe(2);
    expect((await newer).value).toBe(3);
    expect((await t.cache.get("org", t.loader, "3")).value).toBe(3);
    expect(t.calls()).toBe(3);
  });
});
