// A small per-process cache for expensive, organization-wide read models (program outcomes).
// - Single flight: concurrent requests for the same key share one computation.
// - Stale-while-revalidate: a value older than `freshMs` is still served (with its time) while
//   one background refresh runs; past `maxAgeMs` callers wait for a fresh value.
// - `invalidate` drops a key (or everything) after a write that changes the figures.
// - `stamp`: the shared version of the inputs (report-version.ts). A copy computed at another
//   stamp is never served, so a write on any instance is seen by every instance's next request;
//   changes that bump no version are at most `maxAgeMs` old on every instance.
export interface Cached<T> {
  value: T;
  computedAt: Date;
}

interface Entry<T> {
  value?: T;
  at: number;
  stamp: string;
  pending?: Promise<T>;
}

export interface ReportCacheOptions {
  freshMs: number;
  maxAgeMs: number;
  maxEntries: number;
  now?: () => number;
  onError?: (error: unknown) => void;
}

export function createReportCache<T>({ freshMs, maxAgeMs, maxEntries, now = Date.now, onError = () => {} }: ReportCacheOptions) {
  const entries = new Map<string, Entry<T>>();

  function refresh(key: string, entry: Entry<T>, loader: () => Promise<T>): Promise<T> {
    const started = now();
    entry.pending = loader()
      .then((value) => {
        // An entry invalidated during the computation is gone from the map: its result, which
        // may predate the write, reaches only the callers already waiting for it.
        if (entries.get(key) === entry) {
          entry.value = value;
          entry.at = started;
        }
        return value;
      })
      .finally(() => {
        if (entries.get(key) === entry) entry.pending = undefined;
      });
    return entry.pending;
  }

  return {
    async get(key: string, loader: () => Promise<T>, stamp = ""): Promise<Cached<T>> {
      let entry = entries.get(key);
      // Another stamp: the inputs changed somewhere. Dropping the entry also means a computation
      // still running for the old stamp is not kept (see refresh).
      if (entry && entry.stamp !== stamp) {
        entries.delete(key);
        entry = undefined;
      }
      if (!entry) {
        if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string); // oldest first
        entry = { at: 0, stamp };
        entries.set(key, entry);
      }
      const age = now() - entry.at;
      if (entry.value !== undefined && age <= freshMs) return { value: entry.value, computedAt: new Date(entry.at) };
      if (entry.value !== undefined && age <= maxAgeMs) {
        if (!entry.pending) refresh(key, entry, loader).catch(onError);
        return { value: entry.value, computedAt: new Date(entry.at) };
      }
      const startedAt = now();
      const value = await (entry.pending ?? refresh(key, entry, loader));
      return { value, computedAt: new Date(entry.value === value ? entry.at : startedAt) };
    },
    invalidate(key?: string) {
      if (key === undefined) entries.clear();
      else entries.delete(key);
    },
    size: () => entries.size,
  };
}
